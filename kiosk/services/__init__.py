"""Services with I/O, no widgets: printing, read-aloud, anonymous figures, help calls, hand-off,
content updates.

Network work runs in a worker thread (``http_worker``) and reports back by Qt signal; heavy
libraries (``requests``, ``cryptography``, reportlab) are imported when first needed, which keeps
start-up fast.
"""
