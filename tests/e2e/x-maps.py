#!/usr/bin/python3
"""Prints the id of every top-level window the X server maps (shows), one per line, as it
happens, until killed. A window that flashes up for a few milliseconds is printed too, which no
polling of the window list can promise.

  x-maps.py        (DISPLAY names the X server; prints "ready" once it listens)
"""
import ctypes
import sys

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong),
                ("window", ctypes.c_ulong), ("override_redirect", ctypes.c_int)]


class Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", MapEvent), ("pad", ctypes.c_long * 24)]


def main():
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(Event)]
    display = x11.XOpenDisplay(None)
    if not display:
        print("x-maps.py: cannot open the display", file=sys.stderr)
        return 1
    x11.XSelectInput(display, x11.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x11.XSync(display, 0)
    print("ready", flush=True)
    event = Event()
    while True:
        x11.XNextEvent(display, ctypes.byref(event))
        if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
            print(hex(event.xmap.window), flush=True)


if __name__ == "__main__":
    sys.exit(main())
