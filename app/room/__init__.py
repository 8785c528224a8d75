"""The room: a small web server on the local network for participants' phones.

No Qt and no store here. The server runs in its own thread and hands each arrived post-it to
the program through a thread-safe queue and a callback; the program (app/ui) decides and
writes. It may import `app.core` (segment keys, colours, text limits).
"""
