"""The application and its main window: start-up, actions and openers, outputs, help and the self-
test.
"""
