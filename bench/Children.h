#pragma once
// The measurements that need a kiosk window, each run in a fresh process (the bench re-runs
// itself with --child) so that every one starts like `vitrin` does: nothing loaded, nothing
// cached in memory. A child prints `key value` lines for the parent to combine.

namespace vitrin::bench {

// vitrin-bench --child first-frame MEDIA STATE
//   window_ns (the session is open: content read, window and renderer made) and shown_ns (the
//   first picture on screen), both on the steady clock.
// vitrin-bench --child swipe MEDIA STATE COUNT
//   swipe_s per swipe: finger lifted to the next picture's texture on screen.
// vitrin-bench --child gallery MEDIA STATE
//   frame_s per frame while scrolling every gallery, fps, then pss_mb, pss_trimmed_mb (after
//   malloc_trim) and textures_mb.
int runChild(int argc, char** argv);

} // namespace vitrin::bench
