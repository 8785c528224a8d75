"""The room seen from the window: the server's controller, its card with the QR code, the dock and
the queue.
"""
