"""The store seen from the window: file dialogs that never open its files, recovery, messages in
the user's language.
"""
