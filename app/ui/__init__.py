"""The Qt user interface: main window, panels, dialogs, presentation mode."""
