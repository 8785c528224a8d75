"""Small widgets shared by panels and dialogs; they import nothing else from app.ui."""
