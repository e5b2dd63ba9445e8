#!/usr/bin/env python3
"""Generates Vitrin's bundled SAMPLE exhibition in media/.

Nothing written here is real artwork or a real photo: the 20 "children's drawings", the
"photos" of svenskbyn and the timeline pictures are drawn by this script so that the kiosk has
believable content to show and test with. Every caption says it is a sample.

Run from anywhere:  /usr/bin/python3 tools/make-sample-media.py [--out DIR]
The output is deterministic (fixed seeds, no clock, no hash randomisation): two runs write
byte-identical files.
"""

import argparse
import concurrent.futures
import csv
import math
import os
import random
import shutil
import sys
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parent.parent
FONT_BOLD = REPO / "fonts" / "NotoSans-Bold.ttf"
FONT_REGULAR = REPO / "fonts" / "NotoSans-Regular.ttf"
JPEG_QUALITY = 83
SIZE_LIMIT_BYTES = 12 * 1024 * 1024
TAU = 2 * math.pi

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def lerp(a, b, t):
    return a + (b - a) * t


def mix(c1, c2, t):
    return tuple(int(round(lerp(a, b, t))) for a, b in zip(c1, c2))


def shade(color, factor):
    """Darkens (factor < 1) or lightens (factor > 1, towards white) a colour."""
    if factor <= 1:
        return tuple(int(c * factor) for c in color)
    return mix(color, (255, 255, 255), min(1.0, factor - 1))


def smooth_noise(rng, amp, scale):
    """A smooth 1-D random function of arc length: a sum of three sines with random phases."""
    comps = []
    for k in (1, 2, 3.3):
        comps.append((rng.uniform(0.5, 1.0) / k, rng.uniform(0.6, 1.4) * k / scale, rng.uniform(0, TAU)))
    norm = sum(c[0] for c in comps)

    def f(s):
        return amp * sum(a * math.sin(TAU * fr * s + ph) for a, fr, ph in comps) / norm

    return f


def noise_image(rng, size, cell, blur=0.0):
    """Value noise: random cells of `cell` pixels, smoothly upscaled to `size` (mode L)."""
    w, h = size
    sw, sh = max(2, w // cell + 2), max(2, h // cell + 2)
    small = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh))
    big = small.resize((sw * cell, sh * cell), Image.BICUBIC).crop((0, 0, w, h))
    if blur:
        big = big.filter(ImageFilter.GaussianBlur(blur))
    return big


def vertical_gradient(size):
    """Black at the top to white at the bottom; stretched from one column, which is cheap."""
    return Image.linear_gradient("L").resize((1, size[1]), Image.BILINEAR).resize(size, Image.NEAREST)


def ellipse_points(cx, cy, rx, ry, n=40, start=0.0, end=TAU):
    return [(cx + rx * math.cos(lerp(start, end, i / n)), cy + ry * math.sin(lerp(start, end, i / n)))
            for i in range(n + (0 if end - start >= TAU - 1e-9 else 1))]


def rect_points(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def save_jpeg(image, path):
    image.convert("RGB").save(path, "JPEG", quality=JPEG_QUALITY, progressive=False, optimize=True)


# ---------------------------------------------------------------------------------------------
# Children's drawing engine
#
# A Drawing keeps an ink canvas and a coverage mask. Shapes are wobbly (a hand, not a ruler),
# filled with hatched strokes that overshoot or miss the outline a little, and outlined with a
# line that goes over itself. At the end the coverage is thinned by the paper's tooth, so wax
# crayon and pencil skip over the grain the way they do on real paper.
# ---------------------------------------------------------------------------------------------

MEDIA_STYLES = {
    # line width, hatch spacing, hatch width, how much paper shows through (0 none .. 1 all)
    "crayon": dict(line=9, spacing=9, hatch=8, tooth=0.55, wobble=1.0),
    "pencil": dict(line=4, spacing=3.5, hatch=4, tooth=0.45, wobble=0.6),
    "marker": dict(line=6, spacing=7, hatch=7, tooth=0.12, wobble=0.8),
    "gouache": dict(line=10, spacing=0, hatch=0, tooth=0.1, wobble=1.2),
}

RED = (215, 40, 40)
ORANGE = (245, 140, 30)
YELLOW = (250, 210, 40)
GOLD = (225, 170, 30)
GREEN = (55, 160, 55)
LIGHT_GREEN = (135, 200, 60)
DARK_GREEN = (30, 105, 50)
BLUE = (40, 85, 200)
SKY = (95, 170, 235)
LIGHT_BLUE = (165, 210, 245)
NAVY = (30, 45, 120)
PURPLE = (125, 60, 170)
PINK = (240, 120, 170)
BROWN = (135, 80, 40)
LIGHT_BROWN = (190, 130, 70)
BLACK = (35, 32, 38)
GREY = (135, 135, 145)
WHITE = (252, 252, 250)
SKIN = (245, 200, 160)


# A 3x3 binomial blur (about a 0.8 px Gaussian): softens the hard pixel edges of the strokes, in
# one cheap pass.
SOFTEN = ImageFilter.Kernel((3, 3), [1, 2, 1, 2, 4, 2, 1, 2, 1], 16)


class Drawing:
    def __init__(self, size, seed, medium="crayon", paper=(250, 247, 238), age=10):
        self.w, self.h = size
        self.rng = random.Random(seed)
        self.style = MEDIA_STYLES[medium]
        self.medium = medium
        self.paper = paper
        # Younger artists draw bigger, shakier lines.
        self.shaky = self.style["wobble"] * (1.6 - (age - 7) * 0.09)
        self.scale = min(self.w, self.h) / 1200.0
        self.ink = Image.new("RGB", size, paper)
        self.cov = Image.new("L", size, 0)
        self.di = ImageDraw.Draw(self.ink, "RGBA")
        self.dc = ImageDraw.Draw(self.cov)

    # -- geometry ------------------------------------------------------------------------------

    def wobbly(self, pts, closed=True, amp=None, step=14):
        """Resamples a polyline and pushes it sideways by a smooth random offset."""
        rng = self.rng
        if amp is None:
            amp = 5 * self.shaky * self.scale
        noise = smooth_noise(rng, amp, rng.uniform(120, 260) * self.scale)
        seq = list(pts) + ([pts[0]] if closed else [])
        out = []
        s = 0.0
        for (x0, y0), (x1, y1) in zip(seq, seq[1:]):
            dx, dy = x1 - x0, y1 - y0
            length = math.hypot(dx, dy)
            if length < 1e-6:
                continue
            nx, ny = -dy / length, dx / length
            n = max(1, int(length / step))
            for i in range(n):
                t = i / n
                off = noise(s + t * length) + rng.uniform(-0.12, 0.12) * amp
                out.append((x0 + dx * t + nx * off, y0 + dy * t + ny * off))
            s += length
        if not closed:
            last = seq[-1]
            out.append((last[0], last[1]))
        return out

    def jitter(self, value, frac=0.1):
        return value * self.rng.uniform(1 - frac, 1 + frac)

    # -- marks ---------------------------------------------------------------------------------

    def _mark_coverage(self, box, mask):
        region = self.cov.crop(box)
        self.cov.paste(ImageChops.lighter(region, mask), box)

    def line(self, pts, color, width=None, closed=False, passes=2, amp=None):
        """A hand-drawn stroke: goes over itself `passes` times, never quite on the same track."""
        if width is None:
            width = self.style["line"]
        width = max(1, width * self.scale)
        for p in range(passes):
            track = self.wobbly(pts, closed=closed, amp=amp)
            wd = int(round(width * (1.0 if p == 0 else self.rng.uniform(0.45, 0.7))))
            alpha = 245 if p == 0 else 170
            self.di.line(track, fill=color + (alpha,), width=max(1, wd), joint="curve")
            self.dc.line(track, fill=255, width=max(1, wd), joint="curve")

    def dot(self, x, y, r, color):
        pts = self.wobbly(ellipse_points(x, y, r, r, 12), amp=r * 0.12, step=4)
        self.di.polygon(pts, fill=color + (255,))
        self.dc.polygon(pts, fill=255)

    def fill(self, pts, color, angle=None, density=1.0, sloppy=1.0):
        """Colours a region in the medium's way: hatched strokes, or flat paint with brush marks."""
        rng = self.rng
        clip = self.wobbly(pts, closed=True, amp=7 * self.shaky * self.scale * sloppy)
        xs = [p[0] for p in clip]
        ys = [p[1] for p in clip]
        x0, y0 = int(max(0, min(xs) - 4)), int(max(0, min(ys) - 4))
        x1, y1 = int(min(self.w, max(xs) + 4)), int(min(self.h, max(ys) + 4))
        if x1 - x0 < 2 or y1 - y0 < 2:
            return
        bw, bh = x1 - x0, y1 - y0
        mask = Image.new("L", (bw, bh), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in clip], fill=255)
        if self.medium == "gouache":
            paint = mask
            self.ink.paste(color, (x0, y0, x1, y1), mask)
            self._brush_marks(color, (x0, y0, x1, y1), mask)
        else:
            paint = Image.new("L", (bw, bh), 0)
            dh = ImageDraw.Draw(paint)
            if angle is None:
                angle = rng.choice([rng.uniform(-0.9, -0.3), rng.uniform(0.3, 0.9), rng.uniform(-0.15, 0.15)])
            spacing = self.style["spacing"] * self.scale / density
            width = self.style["hatch"] * self.scale
            self._scribble(dh, bw, bh, angle, spacing, width)
            if self.medium != "marker":
                # A second, lighter pass across the first fills most of the gaps, as children do.
                self._scribble(dh, bw, bh, angle + rng.uniform(0.5, 1.2) * rng.choice([-1, 1]), spacing * 2.2,
                               width * 0.8, strength=0.6)
            paint = ImageChops.multiply(paint, mask)
            self.ink.paste(color, (x0, y0, x1, y1), paint)
        self._mark_coverage((x0, y0, x1, y1), paint)

    def _scribble(self, dh, bw, bh, angle, spacing, width, strength=1.0):
        """Back-and-forth colouring strokes in bands, the way a hand fills an area."""
        rng = self.rng
        ca, sa = math.cos(angle), math.sin(angle)
        cx, cy = bw / 2, bh / 2
        half = math.hypot(bw, bh) / 2 + 10
        stroke = rng.uniform(140, 300) * self.scale
        a = -half
        while a < half:
            a_end = a + stroke * rng.uniform(0.8, 1.2)
            pts = []
            t = -half
            side = 0
            while t < half:
                along = (a if side == 0 else a_end) + rng.uniform(-0.12, 0.12) * stroke
                pts.append((cx + ca * along - sa * t, cy + sa * along + ca * t))
                t += spacing * rng.uniform(0.6, 1.4)
                side ^= 1
            value = int(rng.randint(150, 255) * strength)
            dh.line(pts, fill=value, width=max(1, int(round(width * rng.uniform(0.8, 1.15)))))
            a = a_end - stroke * rng.uniform(0.0, 0.15)

    def _brush_marks(self, color, box, mask):
        """Gouache is never flat: add a few broad strokes of a slightly different tone."""
        rng = self.rng
        x0, y0, x1, y1 = box
        bw, bh = x1 - x0, y1 - y0
        layer = Image.new("RGBA", (bw, bh), (0, 0, 0, 0))
        dl = ImageDraw.Draw(layer)
        n = int(6 + bw * bh / (90000 * self.scale * self.scale))
        for _ in range(min(n, 60)):
            tone = shade(color, rng.uniform(0.82, 1.15))
            x, y = rng.uniform(0, bw), rng.uniform(0, bh)
            ang = rng.uniform(-0.5, 0.5) + (0 if bw > bh else math.pi / 2)
            length = rng.uniform(60, 220) * self.scale
            wd = int(rng.uniform(18, 40) * self.scale)
            dl.line([(x, y), (x + math.cos(ang) * length, y + math.sin(ang) * length)],
                    fill=tone + (rng.randint(50, 110),), width=max(2, wd), joint="curve")
        alpha = ImageChops.multiply(layer.getchannel("A"), mask)
        layer.putalpha(alpha)
        region = self.ink.crop(box).convert("RGBA")
        region.alpha_composite(layer)
        self.ink.paste(region.convert("RGB"), box)

    def shape(self, pts, fill=None, outline=None, width=None, angle=None, density=1.0):
        if fill is not None:
            self.fill(pts, fill, angle=angle, density=density)
        if outline is not None:
            self.line(pts, outline, width=width, closed=True)

    # -- finishing ----------------------------------------------------------------------------

    def finish(self):
        """Lays the ink onto textured paper and lights it like a phone photo of a drawing."""
        rng = self.rng
        size = (self.w, self.h)
        tooth = noise_image(rng, size, 3)
        fibres = noise_image(rng, size, 90)
        tooth = ImageChops.add(ImageChops.multiply(tooth, tooth), Image.new("L", size, 0))
        keep = 1.0 - self.style["tooth"]
        # Coverage where the crayon rides over the paper's tooth drops towards `keep`.
        grain = tooth.point(lambda v: int(255 * (keep + (1 - keep) * min(1.0, v / 150.0))))
        pressure = fibres.point(lambda v: int(255 * (0.8 + 0.2 * v / 255.0)))
        alpha = ImageChops.multiply(ImageChops.multiply(self.cov, grain), pressure)
        paper = Image.new("RGB", size, self.paper)
        paper_shade = fibres.point(lambda v: int(247 + 8 * v / 255.0))
        paper = ImageChops.multiply(paper, Image.merge("RGB", [paper_shade] * 3))
        out = Image.composite(self.ink, paper, alpha)
        out = out.filter(SOFTEN)
        # Uneven light across the sheet.
        light = Image.radial_gradient("L").resize(size, Image.BICUBIC)
        light = light.point(lambda v: int(255 - 30 * (v / 255.0) ** 2))
        out = ImageChops.multiply(out, Image.merge("RGB", [light] * 3))
        return out


# ---------------------------------------------------------------------------------------------
# Things children draw. Every function draws into a Drawing at pixel coordinates.
# ---------------------------------------------------------------------------------------------


def sun(d, x, y, r, color=YELLOW, rays=12, face=False, ray_color=None):
    """A sun; put (x, y) at a corner of the sheet for the classic corner sun."""
    ray_color = ray_color or (ORANGE if d.rng.random() < 0.5 else color)
    rng = d.rng
    for i in range(rays):
        a = TAU * i / rays + rng.uniform(-0.08, 0.08)
        r0, r1 = r * 1.15, r * rng.uniform(1.55, 1.9)
        d.line([(x + math.cos(a) * r0, y + math.sin(a) * r0), (x + math.cos(a) * r1, y + math.sin(a) * r1)],
               ray_color, passes=1)
    pts = ellipse_points(x, y, r, r, 40)
    d.shape(pts, fill=color, outline=ray_color)
    if face:
        e = r * 0.3
        d.dot(x - e, y - e * 0.6, r * 0.07, BLACK)
        d.dot(x + e, y - e * 0.6, r * 0.07, BLACK)
        d.line(ellipse_points(x, y + e * 0.2, e * 1.1, e * 0.8, 10, 0.4, math.pi - 0.4), RED, passes=1)


def cloud(d, cx, cy, w, color=WHITE, outline=SKY):
    rng = d.rng
    pts = []
    bumps = rng.randint(4, 6)
    for i in range(bumps):
        a0 = math.pi + math.pi * i / bumps
        a1 = math.pi + math.pi * (i + 1) / bumps
        bx = cx + math.cos((a0 + a1) / 2) * w * 0.42
        by = cy + math.sin((a0 + a1) / 2) * w * 0.22
        pts += ellipse_points(bx, by, w * 0.17, w * 0.15, 6, a0 - 0.7, a1 + 0.7)
    pts += [(cx + w * 0.5, cy + w * 0.05), (cx - w * 0.5, cy + w * 0.05)]
    d.shape(pts, fill=color, outline=outline)


def band(d, y0, y1, color, angle=None, wavy=0.0, density=1.0):
    """A strip across the whole sheet: the sky at the top or the ground at the bottom."""
    n = 12
    top = [(d.w * i / n, y0 + math.sin(i * 1.3) * wavy) for i in range(n + 1)]
    pts = [(-20, top[0][1])] + top + [(d.w + 20, top[-1][1]), (d.w + 20, y1), (-20, y1)]
    d.fill(pts, color, angle=angle, density=density)


def birch(d, x, base, h, crown=LIGHT_GREEN, leaves="blob"):
    rng = d.rng
    tw = h * 0.05
    trunk = [(x - tw, base), (x - tw * 0.6, base - h * 0.9), (x + tw * 0.6, base - h * 0.9), (x + tw, base)]
    if leaves == "blob":
        for _ in range(4):
            cx = x + rng.uniform(-0.2, 0.2) * h
            cy = base - h * rng.uniform(0.65, 0.95)
            d.shape(ellipse_points(cx, cy, h * rng.uniform(0.16, 0.24), h * rng.uniform(0.14, 0.2)),
                    fill=shade(crown, rng.uniform(0.85, 1.1)))
    d.shape(trunk, fill=WHITE, outline=BLACK, width=d.style["line"] * 0.6)
    y = base - h * 0.1
    while y > base - h * 0.85:
        side = rng.choice([-1, 1])
        d.line([(x + side * tw * 0.9, y), (x + side * tw * 0.1, y + rng.uniform(-3, 3))], BLACK, passes=1)
        y -= h * rng.uniform(0.06, 0.12)
    # Thin branches hanging down, then leaves as dabs: a birch in summer, or bare in winter.
    for i in range(6):
        a = -math.pi / 2 + rng.uniform(-1.1, 1.1)
        y0 = base - h * rng.uniform(0.45, 0.85)
        x1, y1 = x + math.cos(a) * h * 0.3, y0 + math.sin(a) * h * 0.25
        d.line([(x, y0), (x1, y1), (x1 + math.cos(a) * h * 0.05, y1 + h * 0.12)], BLACK,
               width=d.style["line"] * 0.45, passes=1)
        if leaves == "dabs":
            for _ in range(14):
                lx, ly = x1 + rng.uniform(-0.1, 0.1) * h, y1 + rng.uniform(-0.05, 0.15) * h
                d.dot(lx, ly, h * 0.018, shade(crown, rng.uniform(0.8, 1.15)))


def fir(d, x, base, h, color=DARK_GREEN, snow=False):
    tiers = 3 + int(h > 300 * d.scale)
    trunk_h = h * 0.12
    d.shape(rect_points(x - h * 0.04, base - trunk_h, x + h * 0.04, base), fill=BROWN)
    for i in range(tiers):
        top = base - trunk_h - (h - trunk_h) * (i + 1) / tiers - h * 0.06
        bottom = base - trunk_h - (h - trunk_h) * i / tiers * 0.92
        half = h * 0.32 * (1 - i / (tiers + 0.6))
        pts = [(x - half, bottom), (x, top), (x + half, bottom)]
        d.shape(pts, fill=color, outline=shade(color, 0.7))
        if snow:
            d.line([(x - half * 0.9, bottom - 3), (x - half * 0.3, bottom - h * 0.05), (x + half * 0.8, bottom - 3)],
                   WHITE, width=d.style["line"] * 1.3, passes=1)


def stick_figure(d, x, base, h, shirt=RED, girl=False, hair=BROWN, arms="down", hat=None):
    """The universal child: round head, dot eyes, smile; a triangle dress for girls."""
    head_r = h * 0.13
    neck = base - h * 0.68
    head_y = neck - head_r
    legs_top = base - h * 0.3
    lw = d.style["line"] * 0.8
    d.line([(x, legs_top), (x - h * 0.1, base)], BLACK, width=lw, passes=1)
    d.line([(x, legs_top), (x + h * 0.1, base)], BLACK, width=lw, passes=1)
    if girl:
        d.shape([(x, neck), (x + h * 0.17, legs_top + h * 0.05), (x - h * 0.17, legs_top + h * 0.05)],
                fill=shirt, outline=shade(shirt, 0.7), width=lw)
    else:
        d.shape(rect_points(x - h * 0.09, neck, x + h * 0.09, legs_top + h * 0.02), fill=shirt,
                outline=shade(shirt, 0.7), width=lw)
    sh = neck + h * 0.06
    if arms == "up":
        hands = [(x - h * 0.25, sh - h * 0.2), (x + h * 0.25, sh - h * 0.2)]
    elif arms == "wave":
        hands = [(x - h * 0.25, sh + h * 0.15), (x + h * 0.26, sh - h * 0.2)]
    else:
        hands = [(x - h * 0.24, sh + h * 0.18), (x + h * 0.24, sh + h * 0.18)]
    for hx, hy in hands:
        d.line([(x, sh), (hx, hy)], BLACK, width=lw, passes=1)
    d.shape(ellipse_points(x, head_y, head_r, head_r * 1.05, 24), fill=SKIN, outline=shade(SKIN, 0.7), width=lw)
    if hat:
        d.shape(ellipse_points(x, head_y - head_r * 0.45, head_r * 1.1, head_r * 0.75, 16, math.pi, TAU),
                fill=hat)
        d.dot(x, head_y - head_r * 1.25, head_r * 0.25, WHITE if hat != WHITE else RED)
    else:
        d.line(ellipse_points(x, head_y, head_r * 1.05, head_r * 1.05, 14, math.pi * 1.05, math.pi * 1.95),
               hair, width=lw * 1.6, passes=2)
        if girl:
            for side in (-1, 1):
                d.line([(x + side * head_r, head_y - head_r * 0.2), (x + side * head_r * 1.5, head_y + head_r * 1.1)],
                       hair, width=lw * 1.2, passes=1)
    d.dot(x - head_r * 0.35, head_y - head_r * 0.1, max(2, head_r * 0.1), BLACK)
    d.dot(x + head_r * 0.35, head_y - head_r * 0.1, max(2, head_r * 0.1), BLACK)
    d.line(ellipse_points(x, head_y + head_r * 0.15, head_r * 0.45, head_r * 0.4, 8, 0.5, math.pi - 0.5),
           RED, width=lw * 0.7, passes=1)
    return hands


def window(d, x0, y0, x1, y1, frame=WHITE, glass=LIGHT_BLUE, carved=False, shutters=None, lit=False):
    w, h = x1 - x0, y1 - y0
    d.shape(rect_points(x0, y0, x1, y1), fill=YELLOW if lit else glass, outline=frame, width=d.style["line"] * 0.9)
    d.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], frame, width=d.style["line"] * 0.7, passes=1)
    d.line([(x0, y0 + h * 0.4), (x1, y0 + h * 0.4)], frame, width=d.style["line"] * 0.7, passes=1)
    if shutters:
        for sx in (x0 - w * 0.45, x1 + w * 0.05):
            d.shape(rect_points(sx, y0, sx + w * 0.4, y1), fill=shutters, outline=shade(shutters, 0.7),
                    width=d.style["line"] * 0.6)
    if carved:
        # Nalichnik: a carved frame with a pointed crown and a lacy skirt under the sill.
        crown = min(h * 0.45, w * 0.32)
        top = [(x0 - w * 0.15, y0 - h * 0.05), ((x0 + x1) / 2, y0 - crown), (x1 + w * 0.15, y0 - h * 0.05)]
        d.shape(top, fill=frame, outline=shade(frame, 0.75))
        d.dot((x0 + x1) / 2, y0 - crown * 0.45, min(w * 0.08, crown * 0.15), BLUE if frame != BLUE else WHITE)
        d.shape(rect_points(x0 - w * 0.15, y1, x1 + w * 0.15, y1 + h * 0.08), fill=frame)
        n = 5
        for i in range(n):
            cx = x0 - w * 0.1 + (w * 1.2) * (i + 0.5) / n
            d.shape(ellipse_points(cx, y1 + h * 0.08, w * 0.12, h * 0.09, 10, 0, math.pi), fill=frame,
                    outline=shade(frame, 0.75), width=d.style["line"] * 0.5)


def wooden_house(d, x0, base, w, h, wall=LIGHT_BROWN, roof=GREEN, frame=WHITE, carved=True, snow=False,
                 windows=2, lit=False, chimney_smoke=False, shutters=None):
    """A Siberian log house: horizontal logs, a gable roof, windows with carved frames."""
    rng = d.rng
    wall_top = base - h * 0.6
    d.shape(rect_points(x0, wall_top, x0 + w, base), fill=wall, angle=0.0)
    y = wall_top + h * 0.07
    while y < base - 4:
        d.line([(x0 - w * 0.03, y), (x0 + w * 1.03, y + rng.uniform(-3, 3))], shade(wall, 0.65),
               width=d.style["line"] * 0.5, passes=1)
        y += h * 0.07
    d.line(rect_points(x0, wall_top, x0 + w, base), shade(wall, 0.55), closed=True)
    peak = (x0 + w / 2, base - h)
    roof_pts = [(x0 - w * 0.08, wall_top), peak, (x0 + w * 1.08, wall_top)]
    if rng.random() < 0.5:
        cx = x0 + w * 0.72
        d.shape(rect_points(cx, base - h * 0.98, cx + w * 0.08, wall_top - h * 0.1), fill=RED, outline=shade(RED, 0.6))
        if chimney_smoke:
            d.line([(cx + w * 0.04 + math.sin(i) * w * 0.04, base - h * 1.02 - i * h * 0.07) for i in range(7)],
                   GREY, width=d.style["line"] * 1.4, passes=2)
    d.shape(roof_pts, fill=WHITE if snow else roof, outline=shade(roof, 0.6))
    if not snow:
        # Gable window (slukhovoe okno) with a little carved frame.
        gx = x0 + w / 2
        window(d, gx - w * 0.07, wall_top - h * 0.25, gx + w * 0.07, wall_top - h * 0.08, frame=frame,
               carved=False, lit=lit)
    ww = w / (windows * 2 + 0.5)
    for i in range(windows):
        wx = x0 + ww * (0.75 + 2 * i)
        window(d, wx, wall_top + h * 0.16, wx + ww * 1.0, wall_top + h * 0.42, frame=frame, carved=carved,
               lit=lit, shutters=shutters)
    if snow:
        d.fill([(x0 - w * 0.1, wall_top + 4), peak, (x0 + w * 1.1, wall_top + 4), (x0 + w * 0.5, base - h * 0.9)],
               WHITE)


def onion_points(cx, base, w, h):
    """Outline of an onion dome: a bulb swelling out, then narrowing in a concave curve to a point."""
    right = []
    n = 28
    for i in range(n + 1):
        t = i / n  # 0 at the drum, 1 at the tip
        if t < 0.38:
            r = 0.62 + 0.38 * math.sin(math.pi / 2 * t / 0.38)
        else:
            u = (t - 0.38) / 0.62
            r = (1 - u) ** 1.9 * (1 + 1.3 * u)
        right.append((cx + w / 2 * r, base - h * t))
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    return [(cx - w * 0.31, base)] + right + left[1:]


def cross(d, cx, base, h, color=GOLD):
    d.line([(cx, base), (cx, base - h)], color, width=d.style["line"] * 0.8, passes=1)
    d.line([(cx - h * 0.3, base - h * 0.7), (cx + h * 0.3, base - h * 0.7)], color, width=d.style["line"] * 0.8, passes=1)
    d.line([(cx - h * 0.2, base - h * 0.3), (cx + h * 0.2, base - h * 0.42)], color, width=d.style["line"] * 0.7,
           passes=1)


def dome(d, cx, base, w, h, color=GOLD, stripes=None):
    pts = onion_points(cx, base, w, h)
    d.shape(pts, fill=color, outline=shade(color, 0.65))
    if stripes:
        for k in (-0.25, 0.0, 0.25):
            d.line([(cx + w * k, base), (cx + w * k * 1.4, base - h * 0.4), (cx, base - h * 0.95)], stripes,
                   width=d.style["line"] * 0.8, passes=1)
    cross(d, cx, base - h * 0.97, h * 0.45)


def church(d, cx, base, w, h, wall=WHITE, trim=RED, domes=GOLD, n_domes=3, stripes=None, bell_tower=True):
    """An Orthodox church: a white block, tall arched windows, drums carrying onion domes."""
    body_top = base - h * 0.45
    d.shape(rect_points(cx - w / 2, body_top, cx + w / 2, base), fill=wall, outline=shade(trim, 0.8))
    for i in range(3):
        wx = cx - w * 0.3 + i * w * 0.3
        arch = [(wx - w * 0.05, base - h * 0.1), (wx - w * 0.05, base - h * 0.28)]
        arch += ellipse_points(wx, base - h * 0.28, w * 0.05, h * 0.05, 8, math.pi, TAU)
        arch += [(wx + w * 0.05, base - h * 0.1)]
        d.shape(arch, fill=LIGHT_BLUE if i != 1 else BROWN, outline=trim)
    d.line([(cx - w / 2, body_top + h * 0.03), (cx + w / 2, body_top + h * 0.03)], trim, passes=1)
    # Central drum and dome, smaller side domes.
    drum_w = w * 0.22
    drum_top = body_top - h * 0.16
    d.shape(rect_points(cx - drum_w / 2, drum_top, cx + drum_w / 2, body_top), fill=wall, outline=trim)
    dome(d, cx, drum_top, drum_w * 1.5, h * 0.3, domes, stripes)
    if n_domes >= 3:
        for side in (-1, 1):
            sx = cx + side * w * 0.33
            sd_top = body_top - h * 0.09
            d.shape(rect_points(sx - drum_w * 0.35, sd_top, sx + drum_w * 0.35, body_top), fill=wall, outline=trim)
            dome(d, sx, sd_top, drum_w, h * 0.2, domes, stripes)
    if bell_tower:
        bx = cx + w * 0.5 + w * 0.14
        bw = w * 0.2
        top = base - h * 0.75
        d.shape(rect_points(bx - bw / 2, top, bx + bw / 2, base), fill=wall, outline=trim)
        d.shape(rect_points(bx - bw * 0.25, top + h * 0.06, bx + bw * 0.25, top + h * 0.16), fill=BLACK)
        d.shape([(bx - bw * 0.55, top), (bx, top - h * 0.22), (bx + bw * 0.55, top)], fill=domes,
                outline=shade(domes, 0.65))
        cross(d, bx, top - h * 0.2, h * 0.12)


def apartment_block(d, x0, base, w, h, wall=(230, 225, 210), lit=False, rows=None, cols=None):
    rng = d.rng
    d.shape(rect_points(x0, base - h, x0 + w, base), fill=wall, outline=shade(wall, 0.6))
    rows = rows or max(3, int(h / (110 * d.scale)))
    cols = cols or max(2, int(w / (90 * d.scale)))
    cw, rh = w / cols, h / (rows + 0.4)
    for r in range(rows):
        for c in range(cols):
            x = x0 + c * cw + cw * 0.22
            y = base - h + r * rh + rh * 0.3
            on = lit and rng.random() < 0.55
            d.shape(rect_points(x, y, x + cw * 0.56, y + rh * 0.5), fill=YELLOW if on else (LIGHT_BLUE if not lit else NAVY),
                    outline=shade(wall, 0.5), width=d.style["line"] * 0.5)


def tram(d, x0, base, w, color=RED, stripe=WHITE, wires_y=None, people=True):
    rng = d.rng
    h = w * 0.38
    body = [(x0, base - h * 0.15), (x0, base - h * 0.85), (x0 + w * 0.05, base - h), (x0 + w * 0.95, base - h),
            (x0 + w, base - h * 0.85), (x0 + w, base - h * 0.15)]
    d.shape(body, fill=color, outline=shade(color, 0.6))
    d.fill(rect_points(x0, base - h * 0.35, x0 + w, base - h * 0.25), stripe, angle=0.0)
    n = 5
    for i in range(n):
        wx = x0 + w * 0.05 + i * w * 0.9 / n
        d.shape(rect_points(wx + w * 0.02, base - h * 0.82, wx + w * 0.9 / n - w * 0.02, base - h * 0.48),
                fill=LIGHT_BLUE, outline=shade(color, 0.5), width=d.style["line"] * 0.6)
        if people and rng.random() < 0.6:
            px = wx + w * 0.09
            d.shape(ellipse_points(px, base - h * 0.6, w * 0.025, w * 0.03, 10), fill=SKIN)
    for wx in (x0 + w * 0.2, x0 + w * 0.32, x0 + w * 0.68, x0 + w * 0.8):
        d.shape(ellipse_points(wx, base - h * 0.1, w * 0.04, w * 0.04, 14), fill=BLACK)
    if wires_y is not None:
        px = x0 + w * 0.5
        d.line([(px - w * 0.1, base - h), (px + w * 0.05, wires_y + 4), (px + w * 0.15, base - h)], BLACK,
               width=d.style["line"] * 0.6, passes=1)
    d.dot(x0 + w * 0.97, base - h * 0.25, w * 0.02, YELLOW)


def car(d, x0, base, w, color=BLUE):
    h = w * 0.45
    d.shape([(x0, base - h * 0.2), (x0, base - h * 0.55), (x0 + w * 0.2, base - h * 0.6), (x0 + w * 0.32, base - h),
             (x0 + w * 0.72, base - h), (x0 + w * 0.85, base - h * 0.6), (x0 + w, base - h * 0.55),
             (x0 + w, base - h * 0.2)], fill=color, outline=shade(color, 0.6))
    d.shape([(x0 + w * 0.35, base - h * 0.9), (x0 + w * 0.52, base - h * 0.9), (x0 + w * 0.52, base - h * 0.62),
             (x0 + w * 0.27, base - h * 0.62)], fill=LIGHT_BLUE)
    d.shape([(x0 + w * 0.56, base - h * 0.9), (x0 + w * 0.7, base - h * 0.9), (x0 + w * 0.8, base - h * 0.62),
             (x0 + w * 0.56, base - h * 0.62)], fill=LIGHT_BLUE)
    for wx in (x0 + w * 0.22, x0 + w * 0.78):
        d.shape(ellipse_points(wx, base - h * 0.15, w * 0.1, w * 0.1, 14), fill=BLACK)


def water(d, y0, y1, color=BLUE, waves=WHITE, x0=None, x1=None, wave_rows=4):
    x0 = -20 if x0 is None else x0
    x1 = d.w + 20 if x1 is None else x1
    d.fill(rect_points(x0, y0, x1, y1), color, angle=d.rng.uniform(-0.1, 0.1))
    rng = d.rng
    for r in range(wave_rows):
        y = lerp(y0, y1, (r + 0.6) / (wave_rows + 0.3))
        x = x0 + rng.uniform(0, 80) * d.scale
        while x < x1 - 60 * d.scale:
            wl = rng.uniform(50, 90) * d.scale
            d.line(ellipse_points(x + wl / 2, y, wl / 2, wl * 0.25, 8, math.pi, TAU), waves, passes=1,
                   width=d.style["line"] * 0.7)
            x += wl * rng.uniform(1.4, 2.6)


def seal(d, cx, cy, w, color=(150, 150, 165), pup=False):
    """Nerpa, the Baikal seal: a plump teardrop body, a round head, huge black eyes, whiskers."""
    h = w * 0.45
    fur = WHITE if pup else color
    edge = shade(color, 0.55)
    body = []
    for i in range(41):
        a = TAU * i / 40
        # Fat at the front (left), thin towards the hind flippers (right).
        rx = w * 0.5
        ry = h * 0.5 * (1.0 - 0.55 * max(0.0, math.cos(a)) ** 1.5)
        body.append((cx + rx * math.cos(a), cy + ry * math.sin(a) - h * 0.08 * max(0.0, -math.cos(a))))
    for side in (-1, 1):
        d.shape([(cx + w * 0.46, cy), (cx + w * 0.68, cy + side * h * 0.32), (cx + w * 0.6, cy + side * h * 0.05)],
                fill=shade(fur, 0.85), outline=edge)
    d.shape(body, fill=fur, outline=edge)
    d.shape(ellipse_points(cx - w * 0.05, cy + h * 0.38, w * 0.09, h * 0.1, 12), fill=shade(fur, 0.85), outline=edge)
    hx, hy = cx - w * 0.4, cy - h * 0.32
    hr = h * 0.42
    d.shape(ellipse_points(hx, hy, hr, hr * 0.92, 28), fill=fur, outline=edge)
    for side in (-1, 1):
        ex = hx + side * hr * 0.38
        d.dot(ex, hy - hr * 0.15, hr * 0.2, BLACK)
        d.dot(ex - hr * 0.05, hy - hr * 0.22, hr * 0.06, WHITE)
    d.dot(hx, hy + hr * 0.2, hr * 0.1, BLACK)
    d.line(ellipse_points(hx, hy + hr * 0.3, hr * 0.2, hr * 0.15, 6, 0.3, math.pi - 0.3), BLACK, width=3, passes=1)
    for side in (-1, 1):
        for j in (-1, 0, 1):
            d.line([(hx + side * hr * 0.2, hy + hr * 0.3), (hx + side * hr * 0.95, hy + hr * (0.3 + j * 0.2))], BLACK,
                   width=2, passes=1)
    if not pup:
        for _ in range(9):
            sx = cx + d.rng.uniform(-0.25, 0.35) * w
            sy = cy + d.rng.uniform(-0.25, 0.15) * h
            d.dot(sx, sy, w * 0.012, shade(color, 0.6))
    d.line([(cx - w * 0.45, cy + h * 0.55), (cx + w * 0.55, cy + h * 0.55)], (120, 160, 200), passes=1)


def stars(d, n, y_max, color=YELLOW):
    rng = d.rng
    for _ in range(n):
        x, y, r = rng.uniform(0, d.w), rng.uniform(0, y_max), rng.uniform(10, 22) * d.scale
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + TAU * i / 10
            pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
        d.shape(pts, fill=color)


def snowflakes(d, n, color=WHITE, y_max=None, size=1.0):
    rng = d.rng
    y_max = d.h if y_max is None else y_max
    for _ in range(n):
        x, y = rng.uniform(0, d.w), rng.uniform(0, y_max)
        r = rng.uniform(6, 14) * d.scale * size
        if rng.random() < 0.6:
            d.dot(x, y, r * 0.6, color)
        else:
            for k in range(3):
                a = k * math.pi / 3 + 0.2
                d.line([(x - math.cos(a) * r, y - math.sin(a) * r), (x + math.cos(a) * r, y + math.sin(a) * r)],
                       color, width=3, passes=1)


def snowman(d, x, base, h, scarf=RED):
    r1, r2, r3 = h * 0.22, h * 0.16, h * 0.12
    y1 = base - r1
    y2 = y1 - r1 - r2 * 0.8
    y3 = y2 - r2 - r3 * 0.8
    for cy, r in ((y1, r1), (y2, r2), (y3, r3)):
        d.shape(ellipse_points(x, cy, r, r * 0.95, 28), fill=WHITE, outline=SKY)
    d.shape(rect_points(x - r3 * 0.7, y3 - r3 * 1.6, x + r3 * 0.7, y3 - r3 * 0.7), fill=RED if scarf != RED else BLUE)
    d.shape([(x, y3), (x + r3 * 1.1, y3 + r3 * 0.15), (x, y3 + r3 * 0.3)], fill=ORANGE)
    d.dot(x - r3 * 0.35, y3 - r3 * 0.3, r3 * 0.1, BLACK)
    d.dot(x + r3 * 0.3, y3 - r3 * 0.3, r3 * 0.1, BLACK)
    d.fill(rect_points(x - r2 * 0.8, y2 - r2 * 0.95, x + r2 * 0.8, y2 - r2 * 0.7), scarf)
    for k in range(3):
        d.dot(x, y2 - r2 * 0.3 + k * r2 * 0.35, r2 * 0.08, BLACK)
    d.line([(x - r2, y2), (x - r2 * 2.2, y2 - r2 * 0.8)], BROWN, passes=1)
    d.line([(x + r2, y2), (x + r2 * 2.2, y2 - r2 * 0.9)], BROWN, passes=1)


def bird(d, x, y, w, color=BLACK):
    d.line([(x - w / 2, y - w * 0.1), (x - w * 0.25, y - w * 0.3), (x, y)], color, width=d.style["line"] * 0.6, passes=1)
    d.line([(x, y), (x + w * 0.25, y - w * 0.3), (x + w / 2, y - w * 0.1)], color, width=d.style["line"] * 0.6, passes=1)


def flower(d, x, base, h, color=RED):
    d.line([(x, base), (x + h * 0.05, base - h)], GREEN, width=d.style["line"] * 0.7, passes=1)
    d.shape(ellipse_points(x + h * 0.12, base - h * 0.45, h * 0.13, h * 0.06, 10), fill=GREEN)
    r = h * 0.14
    for i in range(5):
        a = TAU * i / 5
        d.shape(ellipse_points(x + h * 0.05 + math.cos(a) * r, base - h + math.sin(a) * r, r * 0.75, r * 0.75, 10),
                fill=color)
    d.dot(x + h * 0.05, base - h, r * 0.55, YELLOW if color != YELLOW else ORANGE)


def mountains(d, x0, x1, base, height, color=(120, 130, 170), peaks=4, snow=True):
    rng = d.rng
    step = (x1 - x0) / peaks
    for i in range(peaks):
        px = x0 + step * (i + 0.5) + rng.uniform(-0.2, 0.2) * step
        ph = height * rng.uniform(0.6, 1.0)
        half = step * rng.uniform(0.75, 1.1)
        pts = [(px - half, base), (px, base - ph), (px + half, base)]
        d.shape(pts, fill=shade(color, rng.uniform(0.9, 1.1)), outline=shade(color, 0.7))
        if snow:
            cap = [(px - half * 0.28, base - ph * 0.72), (px, base - ph), (px + half * 0.28, base - ph * 0.72),
                   (px + half * 0.1, base - ph * 0.78), (px - half * 0.05, base - ph * 0.7)]
            d.fill(cap, WHITE)


def moon(d, x, y, r, color=YELLOW):
    outer = ellipse_points(x, y, r, r, 30, -math.pi / 2, math.pi / 2)
    inner = ellipse_points(x + r * 0.45, y, r * 0.75, r, 30, math.pi / 2, -math.pi / 2)
    d.shape(outer + inner, fill=color, outline=shade(color, 0.8))


def star_points(x, y, r, inner=0.45, n=5):
    pts = []
    for i in range(n * 2):
        rr = r if i % 2 == 0 else r * inner
        a = -math.pi / 2 + math.pi * i / n
        pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
    return pts


def firework(d, x, y, r, color):
    rng = d.rng
    n = rng.randint(14, 20)
    for i in range(n):
        a = TAU * i / n + rng.uniform(-0.1, 0.1)
        r0 = r * rng.uniform(0.15, 0.3)
        r1 = r * rng.uniform(0.8, 1.05)
        d.line([(x + math.cos(a) * r0, y + math.sin(a) * r0), (x + math.cos(a) * r1, y + math.sin(a) * r1)], color,
               width=d.style["line"] * 0.7, passes=1)
        d.dot(x + math.cos(a) * r1 * 1.1, y + math.sin(a) * r1 * 1.1, r * 0.04, shade(color, 1.3))


def new_year_tree(d, x, base, h):
    rng = d.rng
    fir(d, x, base, h, DARK_GREEN, snow=False)
    colors = [RED, YELLOW, BLUE, PINK, ORANGE, PURPLE]
    for i in range(22):
        t = rng.uniform(0.18, 0.88)
        half = h * 0.3 * (1 - t) + h * 0.02
        d.dot(x + rng.uniform(-half, half) * 0.85, base - h * t, h * 0.028, rng.choice(colors))
    for k in range(3):
        t0 = 0.3 + k * 0.2
        d.line([(x - h * 0.28 * (1 - t0), base - h * t0), (x + h * 0.25 * (1 - t0 - 0.1), base - h * (t0 + 0.1))],
               YELLOW, width=d.style["line"] * 0.8, passes=1)
    d.shape(star_points(x, base - h * 1.02, h * 0.07), fill=RED, outline=GOLD)


def skater(d, x, base, h, color):
    stick_figure(d, x, base, h, shirt=color, girl=d.rng.random() < 0.5, arms="up", hat=d.rng.choice([RED, BLUE, PINK]))
    d.line([(x - h * 0.2, base + 4), (x - h * 0.02, base + 4)], GREY, width=d.style["line"] * 0.6, passes=1)
    d.line([(x + h * 0.02, base + 4), (x + h * 0.2, base + 4)], GREY, width=d.style["line"] * 0.6, passes=1)


def kite(d, x, y, w, hand, colors=(RED, YELLOW)):
    pts = [(x, y - w * 0.6), (x + w * 0.4, y), (x, y + w * 0.7), (x - w * 0.4, y)]
    d.shape(pts, fill=colors[0], outline=shade(colors[0], 0.6))
    d.fill([(x, y - w * 0.6), (x + w * 0.4, y), (x, y)], colors[1])
    d.line([(x, y - w * 0.6), (x, y + w * 0.7)], BLACK, width=3, passes=1)
    d.line([(x - w * 0.4, y), (x + w * 0.4, y)], BLACK, width=3, passes=1)
    tail = [(x + math.sin(i * 0.9) * w * 0.15, y + w * 0.7 + i * w * 0.25) for i in range(6)]
    d.line(tail, BLACK, width=3, passes=1)
    for tx, ty in tail[1::2]:
        d.shape([(tx - w * 0.1, ty - w * 0.06), (tx + w * 0.1, ty + w * 0.06), (tx + w * 0.1, ty - w * 0.06),
                 (tx - w * 0.1, ty + w * 0.06)], fill=colors[1 - tail.index((tx, ty)) % 2])
    d.line([(x, y + w * 0.1), hand], BLACK, width=2, passes=1, amp=2)


def fence(d, x0, x1, base, h, color=BROWN):
    d.line([(x0, base - h * 0.7), (x1, base - h * 0.7)], color, passes=1)
    d.line([(x0, base - h * 0.3), (x1, base - h * 0.3)], color, passes=1)
    x = x0
    while x < x1:
        pw = h * 0.14
        d.shape([(x, base), (x, base - h * 0.85), (x + pw / 2, base - h), (x + pw, base - h * 0.85), (x + pw, base)],
                fill=color, outline=shade(color, 0.6), width=d.style["line"] * 0.5)
        x += pw * 1.7


def bench(d, x, base, w, color=BROWN):
    h = w * 0.35
    for k in (0.15, 0.85):
        d.line([(x + w * k, base), (x + w * k, base - h * 0.55)], BLACK, passes=1)
    d.shape(rect_points(x, base - h * 0.62, x + w, base - h * 0.5), fill=color, outline=shade(color, 0.6))
    d.shape(rect_points(x, base - h, x + w, base - h * 0.85), fill=color, outline=shade(color, 0.6))
    d.line([(x + w * 0.15, base - h * 0.55), (x + w * 0.15, base - h)], BLACK, passes=1)
    d.line([(x + w * 0.85, base - h * 0.55), (x + w * 0.85, base - h)], BLACK, passes=1)


def lantern(d, x, base, h, lit=True):
    d.line([(x, base), (x, base - h)], BLACK, passes=1)
    d.line([(x, base - h), (x + h * 0.12, base - h * 1.05)], BLACK, passes=1)
    lamp = [(x + h * 0.05, base - h * 1.05), (x + h * 0.19, base - h * 1.05), (x + h * 0.16, base - h * 0.92),
            (x + h * 0.08, base - h * 0.92)]
    d.shape(lamp, fill=YELLOW if lit else GREY, outline=BLACK)
    if lit:
        for a in (0.4, 1.0, 1.6, 2.2, 2.8):
            cx, cy = x + h * 0.12, base - h * 0.95
            d.line([(cx + math.cos(a) * h * 0.1, cy + math.sin(a) * h * 0.1),
                    (cx + math.cos(a) * h * 0.18, cy + math.sin(a) * h * 0.18)], YELLOW, passes=1)


def cat(d, x, base, h, color=ORANGE, stripes=True):
    body = ellipse_points(x, base - h * 0.35, h * 0.32, h * 0.35, 30)
    tail = [(x + h * 0.25, base - h * 0.1), (x + h * 0.55, base - h * 0.05), (x + h * 0.62, base - h * 0.35),
            (x + h * 0.55, base - h * 0.5)]
    d.line(tail, color, width=d.style["line"] * 2.2, passes=2)
    d.shape(body, fill=color, outline=shade(color, 0.6))
    hy = base - h * 0.8
    hr = h * 0.24
    for side in (-1, 1):
        d.shape([(x + side * hr * 0.85, hy - hr * 0.3), (x + side * hr * 0.75, hy - hr * 1.35), (x + side * hr * 0.2, hy - hr * 0.85)],
                fill=color, outline=shade(color, 0.6))
    d.shape(ellipse_points(x, hy, hr, hr * 0.9, 24), fill=color, outline=shade(color, 0.6))
    for side in (-1, 1):
        d.shape(ellipse_points(x + side * hr * 0.4, hy - hr * 0.1, hr * 0.17, hr * 0.22, 10), fill=LIGHT_GREEN)
        d.dot(x + side * hr * 0.4, hy - hr * 0.1, hr * 0.08, BLACK)
        for j in (-1, 0, 1):
            d.line([(x + side * hr * 0.2, hy + hr * 0.35), (x + side * hr * 1.3, hy + hr * (0.3 + j * 0.15))], BLACK,
                   width=2, passes=1)
    d.dot(x, hy + hr * 0.25, hr * 0.1, PINK)
    if stripes:
        for k in range(4):
            yy = base - h * (0.2 + k * 0.1)
            d.line([(x - h * 0.28, yy), (x - h * 0.12, yy + 4)], shade(color, 0.6), passes=1)
            d.line([(x + h * 0.12, yy), (x + h * 0.28, yy - 4)], shade(color, 0.6), passes=1)


def dog(d, x, base, h, color=LIGHT_BROWN):
    d.shape(ellipse_points(x, base - h * 0.45, h * 0.45, h * 0.22, 24), fill=color, outline=shade(color, 0.6))
    for lx in (x - h * 0.3, x - h * 0.15, x + h * 0.15, x + h * 0.3):
        d.line([(lx, base - h * 0.35), (lx, base)], shade(color, 0.7), width=d.style["line"] * 1.4, passes=1)
    d.line([(x + h * 0.42, base - h * 0.5), (x + h * 0.6, base - h * 0.8)], shade(color, 0.7),
           width=d.style["line"] * 1.2, passes=1)
    d.shape(ellipse_points(x - h * 0.45, base - h * 0.72, h * 0.2, h * 0.17, 20), fill=color, outline=shade(color, 0.6))
    d.shape(ellipse_points(x - h * 0.35, base - h * 0.7, h * 0.07, h * 0.16, 12), fill=BROWN)
    d.dot(x - h * 0.52, base - h * 0.76, h * 0.03, BLACK)
    d.dot(x - h * 0.64, base - h * 0.68, h * 0.04, BLACK)


def sled(d, x, base, w, color=RED):
    d.shape(rect_points(x, base - w * 0.22, x + w, base - w * 0.12), fill=color, outline=shade(color, 0.6))
    d.line([(x - w * 0.05, base - w * 0.15), (x, base), (x + w * 1.05, base), (x + w * 1.15, base - w * 0.1)], BLACK,
           passes=1)
    d.line([(x + w * 1.1, base - w * 0.12), (x + w * 1.5, base - w * 0.45)], BLACK, width=2, passes=1)


def flag(d, x, base, h, kind="ru"):
    d.line([(x, base), (x, base - h)], BLACK, passes=1)
    fw, fh = h * 0.45, h * 0.3
    top = base - h
    if kind == "ru":
        for i, c in enumerate((WHITE, BLUE, RED)):
            d.shape(rect_points(x, top + fh * i / 3, x + fw, top + fh * (i + 1) / 3), fill=c,
                    outline=GREY if c == WHITE else None)
    else:
        d.shape(rect_points(x, top, x + fw, top + fh), fill=(30, 90, 180))
        d.fill(rect_points(x + fw * 0.3, top, x + fw * 0.42, top + fh), YELLOW)
        d.fill(rect_points(x, top + fh * 0.42, x + fw, top + fh * 0.58), YELLOW)


def ship(d, x0, waterline, w, hull=BLACK, deck=WHITE, accent=RED):
    """The icebreaker Angara as a child sees it: black hull, white decks, tall funnels."""
    h = w * 0.2
    d.shape([(x0, waterline - h), (x0 + w, waterline - h * 1.15), (x0 + w * 0.9, waterline), (x0 + w * 0.08, waterline)],
            fill=hull, outline=shade(hull, 0.6) if hull != BLACK else GREY)
    d.fill(rect_points(x0 + w * 0.02, waterline - h * 0.98, x0 + w * 0.98, waterline - h * 0.85), accent, angle=0.0)
    d.shape(rect_points(x0 + w * 0.2, waterline - h * 1.9, x0 + w * 0.75, waterline - h * 1.05), fill=deck, outline=GREY)
    d.shape(rect_points(x0 + w * 0.3, waterline - h * 2.5, x0 + w * 0.6, waterline - h * 1.9), fill=deck, outline=GREY)
    for i in range(7):
        d.dot(x0 + w * (0.25 + i * 0.07), waterline - h * 1.45, h * 0.1, LIGHT_BLUE)
    for i in range(4):
        d.dot(x0 + w * (0.12 + i * 0.22), waterline - h * 0.55, h * 0.08, YELLOW)
    for fx in (x0 + w * 0.38, x0 + w * 0.52):
        d.shape(rect_points(fx, waterline - h * 3.4, fx + w * 0.07, waterline - h * 2.5), fill=accent, outline=shade(accent, 0.6))
        d.fill(rect_points(fx, waterline - h * 3.4, fx + w * 0.07, waterline - h * 3.2), BLACK)
    d.line([(x0 + w * 0.85, waterline - h * 1.1), (x0 + w * 0.85, waterline - h * 3.2)], BLACK, passes=1)
    d.line([(x0 + w * 0.85, waterline - h * 3.2), (x0 + w * 0.98, waterline - h * 1.2)], BLACK, width=2, passes=1)
    flag(d, x0 + w * 0.12, waterline - h * 1.0, h * 1.6, "ru")


def sailboat(d, x, waterline, w, sail=WHITE, hull=RED):
    d.shape([(x - w / 2, waterline - w * 0.2), (x + w / 2, waterline - w * 0.2), (x + w * 0.35, waterline),
             (x - w * 0.35, waterline)], fill=hull, outline=shade(hull, 0.6))
    d.line([(x, waterline - w * 0.2), (x, waterline - w * 1.1)], BROWN, passes=1)
    d.shape([(x + 4, waterline - w * 1.05), (x + 4, waterline - w * 0.28), (x + w * 0.45, waterline - w * 0.28)],
            fill=sail, outline=GREY)
    d.shape([(x - 4, waterline - w * 0.9), (x - 4, waterline - w * 0.28), (x - w * 0.3, waterline - w * 0.28)],
            fill=shade(sail, 0.95) if sail != WHITE else YELLOW, outline=GREY)


def train(d, x0, rail, car_w, cars=3, engine=RED, wagon=GREEN):
    rng = d.rng
    h = car_w * 0.33
    d.line([(-20, rail + h * 0.12), (d.w + 20, rail + h * 0.12)], BLACK, passes=1)
    d.line([(-20, rail + h * 0.22), (d.w + 20, rail + h * 0.22)], BROWN, width=d.style["line"] * 0.6, passes=1)
    x = x0
    for i in range(cars + 1):
        is_engine = i == 0
        color = engine if is_engine else wagon
        if is_engine:
            body = [(x, rail - h * 0.1), (x, rail - h * 0.7), (x + car_w * 0.15, rail - h), (x + car_w * 0.95, rail - h),
                    (x + car_w * 0.95, rail - h * 0.1)]
        else:
            body = rect_points(x, rail - h, x + car_w * 0.95, rail - h * 0.1)
        d.shape(body, fill=color, outline=shade(color, 0.6))
        d.fill(rect_points(x, rail - h * 0.4, x + car_w * 0.95, rail - h * 0.3), YELLOW if is_engine else GREY, angle=0.0)
        nwin = 2 if is_engine else 6
        for k in range(nwin):
            wx = x + car_w * (0.25 if is_engine else 0.06) + k * car_w * (0.3 if is_engine else 0.145)
            d.shape(rect_points(wx, rail - h * 0.85, wx + car_w * 0.09, rail - h * 0.55), fill=LIGHT_BLUE,
                    outline=shade(color, 0.5), width=d.style["line"] * 0.5)
            if not is_engine and rng.random() < 0.4:
                d.dot(wx + car_w * 0.045, rail - h * 0.65, car_w * 0.02, SKIN)
        for wx in (x + car_w * 0.15, x + car_w * 0.3, x + car_w * 0.65, x + car_w * 0.8):
            d.shape(ellipse_points(wx, rail, h * 0.11, h * 0.11, 12), fill=BLACK)
        if is_engine:
            d.dot(x + car_w * 0.03, rail - h * 0.45, h * 0.06, YELLOW)
        x += car_w


def ice_cracks(d, y0, y1, color=WHITE, n=6):
    rng = d.rng
    for _ in range(n):
        x, y = rng.uniform(0, d.w), rng.uniform(y0, y1)
        pts = [(x, y)]
        for _ in range(rng.randint(3, 6)):
            x += rng.uniform(-120, 120) * d.scale
            y += rng.uniform(-40, 60) * d.scale
            pts.append((x, min(max(y, y0), y1)))
        d.line(pts, color, width=d.style["line"] * 0.6, passes=1)
        bx, by = pts[len(pts) // 2]
        d.line([(bx, by), (bx + rng.uniform(-80, 80) * d.scale, by + rng.uniform(20, 60) * d.scale)], color,
               width=d.style["line"] * 0.5, passes=1)


# Hand-lettered capitals (children often write the city's name on their drawing). Each glyph is
# a list of strokes in a unit box, y down.
def _arc(cx, cy, rx, ry, a0, a1, n=10):
    return [(cx + rx * math.cos(lerp(a0, a1, i / n)), cy + ry * math.sin(lerp(a0, a1, i / n))) for i in range(n + 1)]


GLYPHS = {
    "А": [[(0, 1), (0.45, 0), (0.9, 1)], [(0.2, 0.62), (0.7, 0.62)]],
    "Б": [[(0.85, 0), (0, 0), (0, 1), (0.55, 1), (0.85, 0.85), (0.85, 0.65), (0.55, 0.5), (0, 0.5)]],
    "Г": [[(0, 1), (0, 0), (0.8, 0)]],
    "Д": [[(0.12, 0.82), (0.28, 0), (0.75, 0), (0.78, 0.82)], [(-0.02, 1.08), (-0.02, 0.82), (0.92, 0.82), (0.92, 1.08)]],
    "Е": [[(0.8, 0), (0, 0), (0, 1), (0.8, 1)], [(0, 0.5), (0.6, 0.5)]],
    "И": [[(0, 0), (0, 1), (0.85, 0), (0.85, 1)]],
    "Й": [[(0, 0), (0, 1), (0.85, 0), (0.85, 1)], _arc(0.42, -0.22, 0.2, 0.12, 0.2, math.pi - 0.2, 6)],
    "К": [[(0, 0), (0, 1)], [(0.8, 0), (0, 0.55)], [(0.25, 0.4), (0.85, 1)]],
    "Л": [[(0, 1), (0.3, 0), (0.85, 0), (0.85, 1)]],
    "М": [[(0, 1), (0, 0), (0.5, 0.6), (1, 0), (1, 1)]],
    "Н": [[(0, 0), (0, 1)], [(0.85, 0), (0.85, 1)], [(0, 0.5), (0.85, 0.5)]],
    "О": [_arc(0.45, 0.5, 0.45, 0.5, 0, TAU, 16)],
    "Р": [[(0, 1), (0, 0), (0.6, 0), (0.8, 0.12), (0.8, 0.38), (0.6, 0.5), (0, 0.5)]],
    "С": [_arc(0.5, 0.5, 0.5, 0.5, -0.7, -TAU + 0.7, 14)],
    "Т": [[(0, 0), (0.9, 0)], [(0.45, 0), (0.45, 1)]],
    "У": [[(0, 0), (0.45, 0.6)], [(0.9, 0), (0.3, 1)]],
    "Ш": [[(0, 0), (0, 1), (1, 1), (1, 0)], [(0.5, 0), (0.5, 1)]],
    "1": [[(0.1, 0.25), (0.45, 0), (0.45, 1)]],
    "3": [[(0.05, 0.1), (0.4, 0), (0.75, 0.12), (0.75, 0.35), (0.4, 0.5), (0.8, 0.68), (0.8, 0.9), (0.4, 1), (0, 0.9)]],
    "0": [_arc(0.4, 0.5, 0.4, 0.5, 0, TAU, 16)],
    "2": [[(0.05, 0.2), (0.3, 0), (0.65, 0.02), (0.8, 0.25), (0.6, 0.55), (0, 1), (0.85, 1)]],
    "9": [_arc(0.4, 0.3, 0.36, 0.3, 0, TAU, 12), [(0.76, 0.3), (0.6, 1)]],
    "№": [[(0, 1), (0, 0), (0.55, 1), (0.55, 0)], _arc(0.85, 0.3, 0.13, 0.18, 0, TAU, 8), [(0.7, 0.7), (1.0, 0.7)]],
    "-": [[(0.1, 0.55), (0.6, 0.55)]],
}


def text_width(text, h):
    return sum((0.5 if ch == " " else 1.05) * h * 0.75 for ch in text)


def hand_text(d, text, x, y, h, color, width=None):
    """Writes capitals the way a child does: letters of uneven size, dancing on the line."""
    rng = d.rng
    for ch in text:
        if ch == " ":
            x += h * 0.4
            continue
        gh = h * rng.uniform(0.9, 1.1)
        gy = y + rng.uniform(-0.06, 0.06) * h
        tilt = rng.uniform(-0.08, 0.08)
        for stroke in GLYPHS[ch]:
            pts = [(x + (px + tilt * (1 - py)) * gh * 0.75, gy + py * gh) for px, py in stroke]
            d.line(pts, color, width=width, passes=1, amp=gh * 0.02)
        x += gh * 0.75 * 1.05 + h * 0.05


def arch_bridge(d, x0, x1, deck_y, water_y, arches=4, color=(205, 195, 175), lamps=True):
    """The Angara bridge: a long deck on wide concrete arches."""
    span = (x1 - x0) / arches
    thick = span * 0.1
    for i in range(arches):
        ax = x0 + span * (i + 0.5)
        top = deck_y + thick
        arch = ellipse_points(ax, water_y, span * 0.4, (water_y - top) * 0.78, 16, math.pi, TAU)
        pts = [(ax - span / 2, top), (ax + span / 2, top), (ax + span / 2, water_y)] + list(reversed(arch)) + \
              [(ax - span / 2, water_y)]
        d.shape(pts, fill=color, outline=shade(color, 0.6))
    d.shape(rect_points(x0 - 10, deck_y, x1 + 10, deck_y + thick), fill=shade(color, 0.85), outline=shade(color, 0.55))
    rail_y = deck_y - thick * 0.9
    d.line([(x0, rail_y), (x1, rail_y)], GREY, passes=1)
    x = x0
    while x <= x1:
        d.line([(x, rail_y), (x, deck_y)], GREY, width=d.style["line"] * 0.5, passes=1)
        x += span / 6
    if lamps:
        for i in range(arches + 1):
            lantern(d, x0 + span * i, deck_y, span * 0.45)


def babr(d, cx, base, w, body=BLACK, sable=(175, 55, 40), eye=RED, stripes=None):
    """Irkutsk's babr walking left with a sable in its jaws, as on the city's coat of arms."""
    h = w * 0.5
    top = base - h
    leg = d.style["line"] * 3.6
    for lx in (cx - w * 0.28, cx - w * 0.16, cx + w * 0.18, cx + w * 0.3):
        d.line([(lx, base - h * 0.45), (lx - w * 0.02, base)], body, width=leg, passes=2)
        d.line([(lx - w * 0.06, base), (lx + w * 0.02, base)], WHITE, width=d.style["line"] * 0.5, passes=1)
    tail = [(cx + w * 0.38, top + h * 0.35), (cx + w * 0.52, top + h * 0.1), (cx + w * 0.5, top - h * 0.3),
            (cx + w * 0.38, top - h * 0.5)]
    d.line(tail, body, width=d.style["line"] * 2.2, passes=2)
    d.shape(ellipse_points(cx, top + h * 0.35, w * 0.42, h * 0.3, 36), fill=body, outline=body, density=1.8)
    if stripes:
        for k in range(6):
            sx = cx - w * 0.25 + k * w * 0.1
            d.line([(sx, top + h * 0.1), (sx + w * 0.03, top + h * 0.35), (sx, top + h * 0.55)], stripes, passes=1)
    hx, hy = cx - w * 0.42, top + h * 0.1
    hr = h * 0.28
    for side in (-1, 1):
        d.shape([(hx + side * hr * 0.7, hy - hr * 0.5), (hx + side * hr * 0.55, hy - hr * 1.3), (hx + side * hr * 0.05, hy - hr * 0.8)],
                fill=body)
    d.shape(ellipse_points(hx, hy, hr, hr * 0.9, 24), fill=body, outline=body, density=1.8)
    whisker = WHITE if sum(body) < 300 else BLACK
    for side in (-1, 1):
        for j in (-1, 1):
            d.line([(hx + side * hr * 0.3, hy + hr * 0.2), (hx + side * hr * 1.2, hy + hr * (0.1 + j * 0.15))], whisker,
                   width=2, passes=1)
    d.dot(hx - hr * 0.35, hy - hr * 0.2, hr * 0.16, eye)
    d.dot(hx + hr * 0.25, hy - hr * 0.2, hr * 0.16, eye)
    d.shape([(hx - hr * 0.6, hy + hr * 0.35), (hx + hr * 0.3, hy + hr * 0.45), (hx - hr * 0.1, hy + hr * 0.85)], fill=RED)
    for k in range(3):
        tx = hx - hr * 0.45 + k * hr * 0.25
        d.shape([(tx, hy + hr * 0.38), (tx + hr * 0.1, hy + hr * 0.4), (tx + hr * 0.05, hy + hr * 0.58)], fill=WHITE)
    # The sable hangs from the jaws.
    sy = hy + hr * 0.8
    for lx in (-0.9, -0.5, 0.3, 0.7):
        d.line([(hx + hr * lx, sy + hr * 0.4), (hx + hr * (lx - 0.1), sy + hr * 0.85)], sable, width=d.style["line"] * 1.2,
               passes=1)
    d.shape(ellipse_points(hx - hr * 0.2, sy + hr * 0.3, hr * 1.2, hr * 0.32, 24), fill=sable, outline=shade(sable, 0.6))
    d.shape([(hx - hr * 1.45, sy - hr * 0.05), (hx - hr * 1.35, sy - hr * 0.3), (hx - hr * 1.25, sy - hr * 0.02)], fill=sable)
    d.shape(ellipse_points(hx - hr * 1.45, sy + hr * 0.2, hr * 0.3, hr * 0.26, 14), fill=sable, outline=shade(sable, 0.6))
    d.line([(hx + hr * 0.9, sy + hr * 0.3), (hx + hr * 1.5, sy + hr * 0.7), (hx + hr * 1.7, sy + hr * 1.2)], sable,
           width=d.style["line"] * 2.4, passes=2)
    d.dot(hx - hr * 1.55, sy + hr * 0.12, hr * 0.06, BLACK)


def shield_points(x0, y0, w, h):
    pts = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h * 0.6)]
    pts += _arc(x0 + w / 2, y0 + h * 0.6, w / 2, h * 0.4, 0, math.pi / 2, 10)[1:]
    pts += _arc(x0 + w / 2, y0 + h * 0.6, w / 2, h * 0.4, math.pi / 2, math.pi, 10)[1:]
    return pts


def school(d, x0, base, w, h, wall=(245, 215, 120), roof=(170, 60, 50), sign="ШКОЛА №19"):
    d.shape(rect_points(x0, base - h, x0 + w, base), fill=wall, outline=shade(wall, 0.6))
    d.shape([(x0 - w * 0.02, base - h), (x0 + w * 1.02, base - h), (x0 + w * 0.98, base - h * 1.12),
             (x0 + w * 0.02, base - h * 1.12)], fill=roof, outline=shade(roof, 0.6))
    rows, cols = 3, 8
    for r in range(rows):
        for c in range(cols):
            if r == rows - 1 and c in (3, 4):
                continue
            x = x0 + w * (0.04 + c * 0.12)
            y = base - h + h * (0.12 + r * 0.28)
            d.shape(rect_points(x, y, x + w * 0.07, y + h * 0.16), fill=LIGHT_BLUE, outline=WHITE,
                    width=d.style["line"] * 0.6)
    door_x = x0 + w * 0.43
    d.shape(rect_points(door_x, base - h * 0.3, door_x + w * 0.14, base), fill=BROWN, outline=shade(BROWN, 0.6))
    d.line([(door_x + w * 0.07, base - h * 0.3), (door_x + w * 0.07, base)], BLACK, passes=1)
    sign_h = h * 0.08
    hand_text(d, sign, x0 + w / 2 - text_width(sign, sign_h) / 2, base - h * 0.43, sign_h, NAVY)
    flag(d, x0 + w * 0.5, base - h * 1.12, h * 0.35, "ru")


def station(d, x0, base, w, h, wall=(200, 225, 200), trim=WHITE, roof=(60, 120, 90)):
    """A long railway station with a taller middle and a clock."""
    d.shape(rect_points(x0, base - h * 0.6, x0 + w, base), fill=wall, outline=shade(wall, 0.6))
    mid = x0 + w / 2
    d.shape(rect_points(mid - w * 0.12, base - h, mid + w * 0.12, base), fill=wall, outline=shade(wall, 0.6))
    d.shape([(mid - w * 0.14, base - h), (mid, base - h * 1.25), (mid + w * 0.14, base - h)], fill=roof,
            outline=shade(roof, 0.6))
    d.shape(ellipse_points(mid, base - h * 0.8, h * 0.09, h * 0.09, 20), fill=WHITE, outline=BLACK)
    d.line([(mid, base - h * 0.8), (mid, base - h * 0.86)], BLACK, width=3, passes=1)
    d.line([(mid, base - h * 0.8), (mid + h * 0.05, base - h * 0.8)], BLACK, width=3, passes=1)
    d.shape(rect_points(x0 - w * 0.01, base - h * 0.66, x0 + w * 1.01, base - h * 0.6), fill=roof)
    n = 9
    for i in range(n):
        x = x0 + w * (0.03 + i * 0.108)
        if abs(x + w * 0.03 - mid) < w * 0.1:
            continue
        arch = [(x, base - h * 0.1), (x, base - h * 0.38)] + ellipse_points(x + w * 0.03, base - h * 0.38, w * 0.03, h * 0.05,
                                                                            8, math.pi, TAU) + [(x + w * 0.06, base - h * 0.1)]
        d.shape(arch, fill=LIGHT_BLUE, outline=trim, width=d.style["line"] * 0.6)
    d.shape(rect_points(mid - w * 0.05, base - h * 0.45, mid + w * 0.05, base), fill=BROWN)


# ---------------------------------------------------------------------------------------------
# The 20 sample artworks of "Min stad Irkutsk"
# ---------------------------------------------------------------------------------------------


def art_bridge(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.28, SKY, angle=0.05, wavy=8)
    sun(d, W - 40, 40, 140 * d.scale, face=False)
    for i in range(4):
        bird(d, W * (0.25 + i * 0.09), H * (0.12 + (i % 2) * 0.05), 60 * d.scale)
    cloud(d, W * 0.45, H * 0.13, 260 * d.scale)
    # The far bank with the city: houses, a church, blocks.
    band(d, H * 0.4, H * 0.52, LIGHT_GREEN, wavy=5)
    apartment_block(d, W * 0.05, H * 0.45, W * 0.12, H * 0.14, rows=4, cols=3)
    church(d, W * 0.32, H * 0.45, W * 0.12, H * 0.18, trim=BLUE, domes=BLUE, bell_tower=False)
    apartment_block(d, W * 0.5, H * 0.45, W * 0.1, H * 0.12, wall=PINK, rows=3, cols=3)
    wooden_house(d, W * 0.66, H * 0.45, W * 0.1, H * 0.12, carved=False, windows=1)
    apartment_block(d, W * 0.82, H * 0.45, W * 0.14, H * 0.16, wall=(240, 240, 200), rows=4, cols=4)
    water(d, H * 0.5, H * 0.84, BLUE, wave_rows=4)
    arch_bridge(d, -W * 0.05, W * 1.05, H * 0.56, H * 0.8, arches=5)
    car(d, W * 0.18, H * 0.54, W * 0.09, RED)
    car(d, W * 0.55, H * 0.54, W * 0.08, YELLOW)
    band(d, H * 0.83, H + 10, GREEN, wavy=6)
    birch(d, W * 0.06, H * 0.97, H * 0.35, leaves="dabs")


def art_golden_domes(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, -10, W + 10, H * 0.78), SKY)
    sun(d, W * 0.16, H * 0.1, 110 * d.scale, face=False, rays=16)
    cloud(d, W * 0.72, H * 0.12, 300 * d.scale)
    church(d, W * 0.44, H * 0.8, W * 0.5, H * 0.5, wall=WHITE, trim=(60, 80, 170), domes=GOLD)
    d.fill(rect_points(-10, H * 0.78, W + 10, H + 10), WHITE)
    for x in (0.06, 0.92):
        fir(d, W * x, H * 0.86, H * 0.3, snow=True)
    stick_figure(d, W * 0.2, H * 0.95, H * 0.14, shirt=RED, hat=BLUE)
    stick_figure(d, W * 0.31, H * 0.96, H * 0.11, shirt=YELLOW, girl=True, hat=PINK)
    snowflakes(d, 40, WHITE, y_max=H * 0.75, size=1.3)


def art_grandma_house(d):
    W, H = d.w, d.h
    sun(d, 30, 30, 170 * d.scale, face=True, rays=9)
    band(d, -10, H * 0.18, SKY, wavy=10)
    band(d, H * 0.78, H + 10, GREEN, wavy=10)
    wooden_house(d, W * 0.16, H * 0.82, W * 0.62, H * 0.62, wall=(150, 95, 50), roof=(90, 90, 110), frame=BLUE,
                 carved=True, windows=2, shutters=BLUE, chimney_smoke=True)
    fence(d, -10, W * 0.15, H * 0.86, H * 0.12)
    fence(d, W * 0.8, W + 10, H * 0.86, H * 0.12)
    stick_figure(d, W * 0.86, H * 0.94, H * 0.24, shirt=PURPLE, girl=True, hair=GREY, arms="wave")
    cat(d, W * 0.1, H * 0.97, H * 0.12, ORANGE)
    for i, c in enumerate((RED, YELLOW, PINK, ORANGE, RED, PURPLE)):
        flower(d, W * (0.2 + i * 0.1), H * 0.98, H * 0.08, c)


def art_nerpa(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.25, SKY, wavy=6)
    sun(d, 0, 0, 190 * d.scale, face=True, rays=10)
    mountains(d, W * 0.2, W * 1.1, H * 0.36, H * 0.2, color=(130, 120, 170), peaks=4)
    d.fill(rect_points(-10, H * 0.35, W + 10, H + 10), LIGHT_BLUE, angle=0.0)
    ice_cracks(d, H * 0.4, H * 0.95, WHITE, n=7)
    ice_cracks(d, H * 0.4, H * 0.95, BLUE, n=3)
    seal(d, W * 0.5, H * 0.68, W * 0.52)
    seal(d, W * 0.85, H * 0.88, W * 0.18, pup=True)
    d.shape(ellipse_points(W * 0.16, H * 0.85, W * 0.09, H * 0.04, 16), fill=NAVY)


def art_tram(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.2, SKY, wavy=5)
    sun(d, W - 30, 30, 150 * d.scale, face=False, rays=11)
    apartment_block(d, W * 0.02, H * 0.62, W * 0.25, H * 0.4, wall=(240, 200, 150))
    apartment_block(d, W * 0.32, H * 0.62, W * 0.2, H * 0.34, wall=(200, 220, 240))
    apartment_block(d, W * 0.57, H * 0.62, W * 0.3, H * 0.44, wall=(235, 235, 210))
    birch(d, W * 0.93, H * 0.64, H * 0.36, leaves="dabs")
    d.fill(rect_points(-10, H * 0.62, W + 10, H + 10), GREY, angle=0.02)
    d.line([(-10, H * 0.88), (W + 10, H * 0.88)], BLACK, passes=1)
    d.line([(-10, H * 0.92), (W + 10, H * 0.92)], BLACK, passes=1)
    wire = H * 0.3
    d.line([(-10, wire), (W + 10, wire + 8)], BLACK, width=3, passes=1)
    tram(d, W * 0.2, H * 0.88, W * 0.55, RED, YELLOW, wires_y=wire)
    stick_figure(d, W * 0.86, H * 0.84, H * 0.2, shirt=BLUE, arms="wave")
    stick_figure(d, W * 0.94, H * 0.85, H * 0.15, shirt=PINK, girl=True)
    dog(d, W * 0.1, H * 0.83, H * 0.09)
    d.shape(rect_points(W * 0.8, H * 0.5, W * 0.81, H * 0.85), fill=GREY)
    d.shape(rect_points(W * 0.77, H * 0.46, W * 0.84, H * 0.52), fill=WHITE, outline=RED)
    hand_text(d, "1", W * 0.797, H * 0.468, H * 0.04, RED)


def art_wooden_street(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, -10, W + 10, H * 0.65), NAVY)
    d.fill(rect_points(-10, H * 0.4, W + 10, H * 0.65), (200, 90, 120))
    moon(d, W * 0.85, H * 0.12, 70 * d.scale)
    stars(d, 12, H * 0.3)
    colors = [((240, 200, 80), GREEN), ((110, 160, 220), RED), ((230, 120, 90), (60, 60, 80)), ((170, 200, 120), BLUE)]
    for i, (wall, roof) in enumerate(colors):
        x = W * (0.01 + i * 0.25)
        wooden_house(d, x, H * 0.66, W * 0.22, H * 0.4, wall=wall, roof=roof, frame=WHITE, carved=True, windows=2,
                     lit=True)
    d.fill(rect_points(-10, H * 0.65, W + 10, H + 10), (180, 170, 160), angle=0.0)
    for i in range(5):
        lantern(d, W * (0.06 + i * 0.22), H * 0.8, H * 0.25)
    babr(d, W * 0.55, H * 0.93, W * 0.2, body=(60, 55, 60), stripes=None)
    for i, c in enumerate((RED, BLUE, YELLOW)):
        stick_figure(d, W * (0.18 + i * 0.1), H * 0.98, H * 0.18, shirt=c, girl=i == 1, hat=c)
    # Strings of lights across the street.
    for k in range(2):
        y = H * (0.1 + 0.08 * k)
        pts = [(W * i / 10, y + math.sin(i * math.pi / 5 * 5) * 20 + 30 * (1 - abs(i - 5) / 5)) for i in range(11)]
        d.line(pts, BLACK, width=2, passes=1)
        for px, py in pts[1:-1]:
            d.dot(px, py + 8, 9 * d.scale, d.rng.choice([YELLOW, RED, LIGHT_GREEN, PINK]))


def art_babr(d):
    W, H = d.w, d.h
    sun(d, W, 0, 150 * d.scale, rays=9)
    sx, sy, sw, sh = W * 0.12, H * 0.18, W * 0.76, H * 0.6
    d.shape(shield_points(sx, sy, sw, sh), fill=WHITE, outline=GOLD, width=d.style["line"] * 1.6)
    d.fill([(sx + sw * 0.05, sy + sh * 0.75), (sx + sw * 0.95, sy + sh * 0.75), (sx + sw * 0.8, sy + sh * 0.92),
            (sx + sw * 0.2, sy + sh * 0.92)], GREEN)
    babr(d, sx + sw * 0.56, sy + sh * 0.78, sw * 0.86, body=BLACK)
    hand_text(d, "ИРКУТСК", W / 2 - text_width("ИРКУТСК", H * 0.07) / 2, H * 0.84, H * 0.07, RED)


def art_winter(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, H * 0.62, W + 10, H + 10), WHITE, angle=0.0)
    for i, (wall, roof) in enumerate((((150, 95, 50), BROWN), ((200, 140, 80), RED), ((120, 80, 50), GREEN))):
        wooden_house(d, W * (0.03 + i * 0.22), H * 0.66, W * 0.18, H * 0.3, wall=wall, roof=roof, frame=WHITE,
                     carved=True, snow=True, windows=1, lit=True, chimney_smoke=True)
    fir(d, W * 0.72, H * 0.66, H * 0.34, snow=True)
    fir(d, W * 0.94, H * 0.7, H * 0.42, snow=True)
    snowman(d, W * 0.6, H * 0.92, H * 0.36)
    sled(d, W * 0.16, H * 0.93, W * 0.1)
    stick_figure(d, W * 0.34, H * 0.95, H * 0.22, shirt=RED, hat=YELLOW, arms="up")
    stick_figure(d, W * 0.44, H * 0.96, H * 0.18, shirt=(60, 160, 90), girl=True, hat=RED)
    snowflakes(d, 90, WHITE, y_max=H * 0.6, size=1.2)


def art_birches(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, -10, W + 10, H * 0.6), SKY, angle=0.1)
    band(d, H * 0.55, H + 10, (110, 170, 60), wavy=6)
    d.fill([(W * 0.45, H * 0.56), (W * 0.55, H * 0.56), (W * 0.85, H + 10), (W * 0.15, H + 10)], (210, 180, 130))
    for x, base, h in ((0.1, 0.72, 0.6), (0.3, 0.62, 0.45), (0.75, 0.64, 0.5), (0.9, 0.78, 0.7), (0.6, 0.58, 0.3)):
        birch(d, W * x, H * base, H * h, crown=(235, 190, 40), leaves="dabs")
    for _ in range(60):
        d.dot(d.rng.uniform(0, W), d.rng.uniform(H * 0.6, H), 8 * d.scale, d.rng.choice([YELLOW, ORANGE, GOLD]))
    bench(d, W * 0.58, H * 0.8, W * 0.26)
    stick_figure(d, W * 0.7, H * 0.82, H * 0.13, shirt=RED, girl=True, arms="down")
    d.shape(rect_points(W * 0.665, H * 0.745, W * 0.735, H * 0.765), fill=BLUE)


def art_icebreaker(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.3, SKY, wavy=8)
    sun(d, 0, 0, 160 * d.scale, face=False, rays=12)
    cloud(d, W * 0.6, H * 0.12, 280 * d.scale)
    band(d, H * 0.42, H * 0.52, GREEN, wavy=6)
    for i in range(6):
        birch(d, W * (0.05 + i * 0.18), H * 0.5, H * 0.16)
    water(d, H * 0.5, H * 0.92, BLUE, wave_rows=5)
    ship(d, W * 0.18, H * 0.78, W * 0.62)
    d.fill(rect_points(-10, H * 0.9, W + 10, H + 10), (200, 180, 130))
    for i in range(3):
        bird(d, W * (0.72 + i * 0.07), H * (0.2 + 0.03 * i), 55 * d.scale, GREY)


def art_new_year(d):
    W, H = d.w, d.h
    stars(d, 30, H * 0.5, YELLOW)
    for (x, y, r, c) in ((0.2, 0.18, 150, RED), (0.8, 0.15, 180, LIGHT_GREEN), (0.55, 0.3, 120, PINK)):
        firework(d, W * x, H * y, r * d.scale, c)
    new_year_tree(d, W * 0.5, H * 0.72, H * 0.52)
    d.shape(ellipse_points(W * 0.5, H * 0.86, W * 0.48, H * 0.11, 40), fill=LIGHT_BLUE, outline=WHITE)
    for i, c in enumerate((RED, YELLOW, PINK, ORANGE)):
        skater(d, W * (0.2 + i * 0.2), H * (0.88 + 0.02 * (i % 2)), H * 0.15, c)
    d.fill(rect_points(-10, H * 0.96, W + 10, H + 10), WHITE)


def art_baikal_summer(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.22, SKY, wavy=6)
    sun(d, W * 0.5, H * 0.12, 90 * d.scale, face=True, rays=14)
    mountains(d, -W * 0.05, W * 1.05, H * 0.45, H * 0.3, color=(110, 130, 110), peaks=5, snow=False)
    water(d, H * 0.44, H * 0.78, (30, 110, 190), wave_rows=4)
    sailboat(d, W * 0.3, H * 0.6, W * 0.12, WHITE, RED)
    sailboat(d, W * 0.72, H * 0.55, W * 0.07, YELLOW, BLUE)
    d.fill(rect_points(-10, H * 0.77, W + 10, H + 10), (230, 200, 140))
    for _ in range(30):
        d.dot(d.rng.uniform(0, W), d.rng.uniform(H * 0.8, H), 14 * d.scale, d.rng.choice([GREY, BROWN, (180, 180, 190)]))
    stick_figure(d, W * 0.8, H * 0.98, H * 0.22, shirt=ORANGE, arms="up")
    stick_figure(d, W * 0.9, H * 0.96, H * 0.16, shirt=PINK, girl=True, arms="wave")
    hand_text(d, "БАЙКАЛ", W * 0.06, H * 0.28, H * 0.07, NAVY)


def art_my_school(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.2, SKY, wavy=6)
    sun(d, 20, 20, 150 * d.scale, face=True, rays=10)
    band(d, H * 0.75, H + 10, LIGHT_GREEN, wavy=4)
    school(d, W * 0.15, H * 0.78, W * 0.7, H * 0.46)
    for x in (0.05, 0.95):
        birch(d, W * x, H * 0.8, H * 0.45)
    for i, (c, girl) in enumerate(((RED, True), (BLUE, False), (PINK, True), (GREEN, False))):
        hands = stick_figure(d, W * (0.25 + i * 0.17), H * 0.98, H * 0.2, shirt=c, girl=girl, arms="wave")
        flower(d, hands[1][0], hands[1][1] + H * 0.02, H * 0.06, (RED, YELLOW, PURPLE, ORANGE)[i])


def art_kazan_church(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.16, SKY, wavy=8)
    sun(d, 0, 0, 150 * d.scale, rays=12)
    band(d, H * 0.8, H + 10, GREEN, wavy=5)
    church(d, W * 0.45, H * 0.82, W * 0.55, H * 0.6, wall=(215, 90, 70), trim=WHITE, domes=(40, 150, 150),
           stripes=None)
    for x in (0.06, 0.94):
        birch(d, W * x, H * 0.86, H * 0.4)
    for i in range(5):
        bird(d, W * (0.5 + i * 0.08), H * (0.1 + (i % 2) * 0.04), 45 * d.scale)
    for i, c in enumerate((YELLOW, RED, PINK, YELLOW)):
        flower(d, W * (0.2 + i * 0.2), H * 0.97, H * 0.06, c)


def art_train(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.22, SKY, wavy=6)
    sun(d, W - 20, 20, 140 * d.scale, rays=11)
    station(d, W * 0.1, H * 0.55, W * 0.8, H * 0.4)
    d.fill(rect_points(-10, H * 0.55, W + 10, H + 10), (170, 170, 170), angle=0.0)
    train(d, W * 0.04, H * 0.82, W * 0.3, cars=3)
    for i, c in enumerate((RED, BLUE, YELLOW)):
        stick_figure(d, W * (0.5 + i * 0.12), H * 0.66, H * 0.14, shirt=c, girl=i == 2, arms="wave")


def art_family(d):
    W, H = d.w, d.h
    sun(d, W - 40, 40, 220 * d.scale, face=True, rays=8, color=YELLOW, ray_color=ORANGE)
    band(d, -10, H * 0.12, SKY, wavy=10)
    water(d, H * 0.42, H * 0.58, BLUE, wave_rows=2)
    band(d, H * 0.56, H + 10, GREEN, wavy=10)
    stick_figure(d, W * 0.22, H * 0.92, H * 0.6, shirt=BLUE, hair=BLACK, arms="down")
    stick_figure(d, W * 0.45, H * 0.92, H * 0.56, shirt=RED, girl=True, hair=YELLOW, arms="down")
    stick_figure(d, W * 0.64, H * 0.92, H * 0.34, shirt=PINK, girl=True, hair=BROWN, arms="up")
    dog(d, W * 0.84, H * 0.9, H * 0.16)
    flower(d, W * 0.06, H * 0.97, H * 0.15, RED)
    flower(d, W * 0.95, H * 0.98, H * 0.12, PURPLE)
    cloud(d, W * 0.3, H * 0.2, 240 * d.scale, WHITE, BLUE)


def art_cat_window(d):
    W, H = d.w, d.h
    x0, y0, x1, y1 = W * 0.2, H * 0.3, W * 0.8, H * 0.74
    d.fill(rect_points(-10, -10, W + 10, H + 10), (120, 75, 45), angle=0.0, density=1.3)
    y = 40 * d.scale
    while y < H:
        # The logs stop at the window and its shutters.
        if not y0 - 10 < y < y1 + 10:
            d.line([(-10, y), (W + 10, y + d.rng.uniform(-6, 6))], (70, 45, 30), width=d.style["line"] * 1.2, passes=1)
        y += H * 0.06
    window(d, x0, y0, x1, y1, frame=WHITE, glass=(40, 50, 110), carved=True, shutters=(60, 120, 190))
    moon(d, W * 0.68, y0 + (y1 - y0) * 0.15, (y1 - y0) * 0.07, YELLOW)
    cat(d, W * 0.38, y1 - 6, (y1 - y0) * 0.55, (190, 190, 200))
    d.shape(rect_points(W * 0.62, y1 - 50 * d.scale, W * 0.72, y1), fill=ORANGE)
    flower(d, W * 0.66, y1 - 50 * d.scale, (y1 - y0) * 0.28, RED)
    d.fill(rect_points(x0 - W * 0.12, y1 + H * 0.08, x1 + W * 0.12, y1 + H * 0.11), WHITE)
    snowflakes(d, 30, WHITE, size=1.0, y_max=H * 0.2)


def art_city_lights(d):
    W, H = d.w, d.h
    moon(d, W * 0.12, H * 0.14, 80 * d.scale, YELLOW)
    stars(d, 18, H * 0.3, YELLOW)
    blocks = ((0.02, 0.16, 0.42, (200, 200, 230)), (0.2, 0.13, 0.3, (230, 190, 220)), (0.35, 0.18, 0.5, (190, 220, 240)),
              (0.55, 0.14, 0.36, (240, 220, 180)), (0.72, 0.16, 0.46, (210, 210, 240)))
    for x, w, h, wall in blocks:
        apartment_block(d, W * x, H * 0.62, W * w, H * h, wall=wall, lit=True)
    church(d, W * 0.93, H * 0.62, W * 0.09, H * 0.2, wall=WHITE, trim=BLUE, domes=GOLD, bell_tower=False)
    water(d, H * 0.62, H + 10, (40, 60, 150), waves=SKY, wave_rows=4)
    for x, w, _, _ in blocks:
        for k in range(5):
            y = H * (0.67 + k * 0.06)
            cx = W * (x + w / 2) + d.rng.uniform(-20, 20)
            half = W * w * 0.3 * (1 - k * 0.12)
            d.line([(cx - half, y), (cx + half, y + 3)], YELLOW if k % 2 else ORANGE, width=d.style["line"] * 1.1,
                   passes=1)


def art_spring(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.2, SKY, wavy=5)
    sun(d, 25, 25, 160 * d.scale, rays=14, face=True)
    band(d, H * 0.6, H + 10, LIGHT_GREEN, wavy=8)
    for x, h in ((0.78, 0.55), (0.92, 0.6)):
        birch(d, W * x, H * 0.7, H * h, crown=LIGHT_GREEN, leaves="dabs")
    hands = stick_figure(d, W * 0.34, H * 0.9, H * 0.3, shirt=ORANGE, arms="up")
    kite(d, W * 0.55, H * 0.28, W * 0.1, hands[1])
    stick_figure(d, W * 0.15, H * 0.92, H * 0.24, shirt=PURPLE, girl=True, arms="wave")
    for i in range(8):
        flower(d, W * (0.05 + i * 0.12), H * (0.97 - (i % 2) * 0.03), H * 0.08, (RED, YELLOW, PINK, BLUE)[i % 4])
    d.shape(ellipse_points(W * 0.55, H * 0.75, W * 0.1, H * 0.03, 20), fill=SKY)
    for i in range(3):
        bird(d, W * (0.2 + i * 0.08), H * (0.3 + 0.02 * i), 50 * d.scale)


def art_my_city(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, -10, W + 10, H * 0.5), SKY)
    sun(d, W * 0.92, H * 0.09, 75 * d.scale, rays=14)
    hand_text(d, "МОЙ ГОРОД ИРКУТСК", W * 0.04, H * 0.05, H * 0.07, RED)
    apartment_block(d, W * 0.02, H * 0.52, W * 0.12, H * 0.3, wall=(240, 230, 200))
    church(d, W * 0.28, H * 0.52, W * 0.18, H * 0.3, wall=(215, 90, 70), trim=WHITE, domes=(40, 150, 150))
    apartment_block(d, W * 0.46, H * 0.52, W * 0.1, H * 0.22, wall=(200, 220, 240))
    church(d, W * 0.67, H * 0.52, W * 0.14, H * 0.26, domes=GOLD, bell_tower=True)
    apartment_block(d, W * 0.86, H * 0.52, W * 0.12, H * 0.28, wall=(250, 210, 160))
    water(d, H * 0.5, H * 0.68, BLUE, wave_rows=2)
    arch_bridge(d, -W * 0.02, W * 0.5, H * 0.53, H * 0.66, arches=3, lamps=False)
    ship(d, W * 0.62, H * 0.64, W * 0.22)
    d.fill(rect_points(-10, H * 0.67, W + 10, H + 10), (120, 180, 90))
    wooden_house(d, W * 0.03, H * 0.95, W * 0.22, H * 0.26, wall=(150, 95, 50), roof=GREEN, frame=WHITE, windows=2)
    d.fill(rect_points(-10, H * 0.86, W + 10, H * 0.97), GREY, angle=0.0)
    tram(d, W * 0.32, H * 0.94, W * 0.3, RED, WHITE)
    babr(d, W * 0.78, H * 0.93, W * 0.14, body=BLACK)
    birch(d, W * 0.96, H * 0.96, H * 0.3)


# ---------------------------------------------------------------------------------------------
# "Photo" engine for svenskbyn
#
# A tiny perspective renderer: houses are boxes with gable roofs in metres, seen by a camera at
# eye height. Faces are lit by a sun direction, carry boards, corner boards and windows, and the
# frame is drawn at twice the size and scaled down so edges are smooth like a lens's.
# ---------------------------------------------------------------------------------------------

FALU_RED = (128, 34, 28)
OCHRE = (222, 178, 88)
TRIM_WHITE = (236, 234, 226)
ROOF_DARK = (58, 60, 66)
BIRCH_BARK = (228, 226, 218)


def v_add(*vs):
    return tuple(sum(c) for c in zip(*vs))


def v_mul(v, k):
    return tuple(c * k for c in v)


def v_dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def v_norm(v):
    n = math.sqrt(v_dot(v, v))
    return tuple(c / n for c in v)


class Photo:
    SUPERSAMPLE = 2

    def __init__(self, size, seed, eye=(0.0, 1.6, 0.0), yaw=0.0, fov=62.0, horizon=0.5, sun=(-0.6, 0.7, -0.4)):
        self.out_size = size
        self.w, self.h = size[0] * self.SUPERSAMPLE, size[1] * self.SUPERSAMPLE
        self.rng = random.Random(seed)
        self.eye = eye
        self.yaw = yaw
        self.f = (self.w / 2) / math.tan(math.radians(fov) / 2)
        self.cx, self.cy = self.w / 2, self.h * horizon
        self.sun = v_norm(sun)
        self.img = Image.new("RGB", (self.w, self.h))
        self.draw = ImageDraw.Draw(self.img, "RGBA")
        self.objects = []  # (distance, callable) drawn far to near by flush()

    # -- projection ----------------------------------------------------------------------------

    def to_camera(self, p):
        x, y, z = p[0] - self.eye[0], p[1] - self.eye[1], p[2] - self.eye[2]
        c, s = math.cos(self.yaw), math.sin(self.yaw)
        return c * x - s * z, y, s * x + c * z

    def project(self, p):
        x, y, z = self.to_camera(p)
        z = max(z, 0.05)
        return (self.cx + self.f * x / z, self.cy - self.f * y / z)

    def depth(self, p):
        return self.to_camera(p)[2]

    def px(self, metres, at):
        """How many pixels `metres` measure at the depth of point `at`."""
        return self.f * metres / max(0.05, self.depth(at))

    def lit(self, color, normal, ambient=0.55, strength=0.55):
        k = ambient + strength * max(0.0, v_dot(v_norm(normal), self.sun))
        return tuple(min(255, int(c * k)) for c in color)

    def add(self, where, fn):
        self.objects.append((self.depth(where), len(self.objects), fn))

    def flush(self):
        for _, _, fn in sorted(self.objects, key=lambda o: (-o[0], o[1])):
            fn()
        self.objects = []

    # -- backdrops ----------------------------------------------------------------------------

    def sky(self, top, bottom, clouds=0, cloud_color=(255, 255, 255), cloud_alpha=0.85):
        grad = vertical_gradient((self.w, int(self.cy) + 2))
        sky = Image.composite(Image.new("RGB", grad.size, bottom), Image.new("RGB", grad.size, top), grad)
        self.img.paste(sky, (0, 0))
        rng = self.rng
        if clouds:
            # Clouds are soft: drawn and blurred at a quarter of the size, then scaled up.
            k = 4
            layer = Image.new("L", (self.w // k, self.h // k), 0)
            dl = ImageDraw.Draw(layer)
            for _ in range(clouds):
                cx, cy = rng.uniform(-0.1, 1.1) * self.w, rng.uniform(0.05, 0.75) * self.cy
                scale = (0.5 + cy / self.cy) * self.w / 14
                for _ in range(rng.randint(6, 12)):
                    ox, oy = rng.uniform(-1.6, 1.6) * scale, rng.uniform(-0.6, 0.1) * scale
                    r = rng.uniform(0.35, 0.8) * scale
                    box = (cx + ox - r * 1.3, cy + oy - r, cx + ox + r * 1.3, min(cy + oy + r, cy + scale * 0.2))
                    dl.ellipse(tuple(c / k for c in box), fill=rng.randint(150, 255))
            layer = layer.filter(ImageFilter.GaussianBlur(self.w / 220 / k)).resize((self.w, self.h), Image.BILINEAR)
            layer = layer.point(lambda v: int(v * cloud_alpha))
            self.img.paste(cloud_color, (0, 0), layer)

    def ground(self, far, near, texture=(30, 60)):
        top = int(self.cy)
        grad = vertical_gradient((self.w, self.h - top))
        g = Image.composite(Image.new("RGB", grad.size, near), Image.new("RGB", grad.size, far), grad)
        noise = noise_image(self.rng, g.size, texture[0] * self.SUPERSAMPLE // 2 + 2)
        fine = noise_image(self.rng, g.size, 3 * self.SUPERSAMPLE)
        tex = ImageChops.add(ImageChops.multiply(noise, Image.new("L", g.size, 110)), Image.new("L", g.size, 0))
        tex = Image.blend(noise, fine, 0.4).point(lambda v: int(200 + 55 * v / 255))
        g = ImageChops.multiply(g, Image.merge("RGB", [tex] * 3))
        self.img.paste(g, (0, top))

    def tree_line(self, base_y, height, color, jag=0.6, haze=None):
        """A far edge of taiga: a jagged band of spruce tips along the horizon."""
        rng = self.rng
        pts = [(-10, base_y)]
        x = -10
        while x < self.w + 10:
            tip_h = height * rng.uniform(0.5, 1.0)
            wdt = height * rng.uniform(0.18, 0.35) * jag
            pts += [(x + wdt * 0.5, base_y - tip_h), (x + wdt, base_y - tip_h * rng.uniform(0.2, 0.5))]
            x += wdt
        pts += [(self.w + 10, base_y)]
        self.draw.polygon(pts, fill=color)
        if haze:
            self.draw.polygon(pts, fill=haze)

    # -- surfaces -----------------------------------------------------------------------------

    def quad(self, pts3d, color, outline=None, width=1):
        pts = [self.project(p) for p in pts3d]
        self.draw.polygon(pts, fill=color, outline=outline)
        if outline and width > 1:
            self.draw.line(pts + [pts[0]], fill=outline, width=width)

    def face(self, origin, u_axis, v_axis, uv, color, alpha=255):
        pts = [self.project(v_add(origin, v_mul(u_axis, u), v_mul(v_axis, v))) for u, v in uv]
        self.draw.polygon(pts, fill=tuple(color) + (alpha,))

    def face_line(self, origin, u_axis, v_axis, uv, color, metres):
        pts3 = [v_add(origin, v_mul(u_axis, u), v_mul(v_axis, v)) for u, v in uv]
        width = max(1, int(round(self.px(metres, pts3[0]))))
        self.draw.line([self.project(p) for p in pts3], fill=color, width=width)

    def box(self, x0, y0, z0, x1, y1, z1, color):
        """An axis-aligned box; draws the faces that turn towards the camera."""
        faces = [
            ((0, 0, -1), [(x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)]),
            ((0, 0, 1), [(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)]),
            ((-1, 0, 0), [(x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0)]),
            ((1, 0, 0), [(x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0)]),
            ((0, 1, 0), [(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)]),
        ]
        for normal, pts in faces:
            centre = v_mul(v_add(*pts), 0.25)
            if v_dot(normal, tuple(e - c for e, c in zip(self.eye, centre))) > 0:
                self.quad(pts, self.lit(color, normal))

    # -- finishing ----------------------------------------------------------------------------

    def finish(self, grain=5, vignette=0.25, warmth=(1.0, 1.0, 1.0), soften=0.0):
        img = self.img.resize(self.out_size, Image.LANCZOS)
        if soften:
            img = img.filter(ImageFilter.GaussianBlur(soften))
        # Slight painterly smoothing, then sensor grain and lens fall-off.
        if any(k != 1.0 for k in warmth):
            channels = [c.point(lambda v, k=k: min(255, int(v * k))) for c, k in zip(img.split(), warmth)]
            img = Image.merge("RGB", channels)
        if grain:
            n = noise_image(self.rng, self.out_size, 2).point(lambda v: int(128 + (v - 128) * grain / 40))
            n = n.filter(ImageFilter.GaussianBlur(0.5))
            img = ImageChops.add(img, Image.merge("RGB", [n] * 3), 1.0, -128)
        if vignette:
            v = Image.radial_gradient("L").resize(self.out_size, Image.BICUBIC)
            v = v.point(lambda x: int(255 - 255 * vignette * (x / 255.0) ** 2.2))
            img = ImageChops.multiply(img, Image.merge("RGB", [v] * 3))
        return img


def photo_house(ph, x0, z0, width, depth, wall_h=3.0, roof_h=2.4, wall=FALU_RED, trim=TRIM_WHITE, roof=ROOF_DARK,
                snow=False, lit_windows=False, ridge_along_z=True, storeys=1.5, door_side=None, chimney=True, shadow=110):
    """A Swedish-style småhus: vertical panel, white corner boards and frames, a gable roof."""
    x1, z1 = x0 + width, z0 + depth
    rng = ph.rng
    ex, _, ez = ph.eye

    def wall_face(origin, u_axis, length, gable, normal, windows, door=False):
        base_col = ph.lit(wall, normal)
        board_col = shade(base_col, 0.82)
        top = (lambda u: wall_h + roof_h * (1 - abs(2 * u / length - 1))) if gable else (lambda u: wall_h)
        up = (0, 1, 0)
        outline = [(0, 0), (length, 0), (length, wall_h)] + ([(length / 2, wall_h + roof_h)] if gable else []) + [(0, wall_h)]
        ph.face(origin, u_axis, up, outline, base_col)
        u = 0.12
        while u < length:
            ph.face_line(origin, u_axis, up, [(u, 0.05), (u, top(u) - 0.05)], board_col, 0.025)
            u += 0.16
        tc = ph.lit(trim, normal)
        ph.face(origin, u_axis, up, [(0, 0), (0.16, 0), (0.16, wall_h), (0, wall_h)], tc)
        ph.face(origin, u_axis, up, [(length - 0.16, 0), (length, 0), (length, wall_h), (length - 0.16, wall_h)], tc)
        ph.face(origin, u_axis, up, [(-0.1, -0.45), (length + 0.1, -0.45), (length + 0.1, 0.05), (-0.1, 0.05)],
                ph.lit((150, 150, 150), normal))
        if gable:
            ph.face_line(origin, u_axis, up, [(-0.3, wall_h - 0.2), (length / 2, wall_h + roof_h + 0.12),
                                              (length + 0.3, wall_h - 0.2)], tc, 0.22)
        else:
            ph.face(origin, u_axis, up, [(-0.3, wall_h - 0.05), (length + 0.3, wall_h - 0.05), (length + 0.3, wall_h + 0.2),
                                         (-0.3, wall_h + 0.2)], tc)
        ph.face(origin, u_axis, up, [(0, wall_h - 0.6), (length, wall_h - 0.6), (length, wall_h), (0, wall_h)],
                (10, 10, 20), alpha=45 if gable else 80)
        ph.face(origin, u_axis, up, [(0, 0), (length, 0), (length, 0.5), (0, 0.5)], (10, 10, 20), alpha=35)
        for (wu, wv, ww, wh) in windows:
            ph.face(origin, u_axis, up, [(wu - 0.1, wv - 0.12), (wu + ww + 0.1, wv - 0.12), (wu + ww + 0.1, wv + wh + 0.1),
                                         (wu - 0.1, wv + wh + 0.1)], tc)
            if lit_windows:
                glass = (255, 200, 110) if rng.random() < 0.8 else (70, 70, 90)
            else:
                glass = mix((40, 52, 66), (150, 175, 200), rng.uniform(0.1, 0.5))
            ph.face(origin, u_axis, up, [(wu, wv), (wu + ww, wv), (wu + ww, wv + wh), (wu, wv + wh)], glass)
            ph.face(origin, u_axis, up, [(wu, wv + wh * 0.6), (wu + ww, wv + wh * 0.6), (wu + ww, wv + wh * 0.6 + 0.05),
                                         (wu, wv + wh * 0.6 + 0.05)], tc)
            ph.face(origin, u_axis, up, [(wu + ww / 2 - 0.03, wv), (wu + ww / 2 + 0.03, wv), (wu + ww / 2 + 0.03, wv + wh),
                                         (wu + ww / 2 - 0.03, wv + wh)], tc)
        if door:
            du = length * 0.62
            ph.face(origin, u_axis, up, [(du - 0.12, 0), (du + 1.02, 0), (du + 1.02, 2.25), (du - 0.12, 2.25)], tc)
            ph.face(origin, u_axis, up, [(du, 0), (du + 0.9, 0), (du + 0.9, 2.1), (du, 2.1)], ph.lit((90, 60, 40), normal))

    def windows_for(length, gable):
        out = []
        n = max(1, int(length / 2.6))
        for i in range(n):
            wu = length * (i + 0.5) / n - 0.55
            out.append((wu, 0.9, 1.1, 1.25))
        if gable and storeys > 1:
            out.append((length / 2 - 0.45, wall_h + 0.35, 0.9, 1.0))
        return out

    if shadow:
        cast_shadow(ph, [(x0, z0), (x1, z0), (x1, z1), (x0, z1)], wall_h + roof_h * 0.5, strength=shadow)
    faces = []
    gable_front = ridge_along_z
    if ez < z0:
        faces.append(((x0, 0, z0), (1, 0, 0), width, gable_front, (0, 0, -1)))
    if ez > z1:
        faces.append(((x1, 0, z1), (-1, 0, 0), width, gable_front, (0, 0, 1)))
    if ex < x0:
        faces.append(((x0, 0, z1), (0, 0, -1), depth, not gable_front, (-1, 0, 0)))
    if ex > x1:
        faces.append(((x1, 0, z0), (0, 0, 1), depth, not gable_front, (1, 0, 0)))
    for origin, u_axis, length, gable, normal in faces:
        wall_face(origin, u_axis, length, gable, normal, windows_for(length, gable),
                  door=(door_side is not None and normal == door_side))

    ov = 0.45
    roof_col = (238, 242, 248) if snow else roof
    if ridge_along_z:
        ridge = [(x0 + width / 2, wall_h + roof_h, z0 - ov), (x0 + width / 2, wall_h + roof_h, z1 + ov)]
        planes = [((-1, width / 2 / roof_h, 0), [(x0 - ov, wall_h - 0.3, z0 - ov), (x0 - ov, wall_h - 0.3, z1 + ov)]),
                  ((1, width / 2 / roof_h, 0), [(x1 + ov, wall_h - 0.3, z0 - ov), (x1 + ov, wall_h - 0.3, z1 + ov)])]
    else:
        ridge = [(x0 - ov, wall_h + roof_h, z0 + depth / 2), (x1 + ov, wall_h + roof_h, z0 + depth / 2)]
        planes = [((0, depth / 2 / roof_h, -1), [(x0 - ov, wall_h - 0.3, z0 - ov), (x1 + ov, wall_h - 0.3, z0 - ov)]),
                  ((0, depth / 2 / roof_h, 1), [(x0 - ov, wall_h - 0.3, z1 + ov), (x1 + ov, wall_h - 0.3, z1 + ov)])]
    for normal, eave in planes:
        centre = v_mul(v_add(eave[0], eave[1], ridge[0], ridge[1]), 0.25)
        if v_dot(normal, tuple(e - c for e, c in zip(ph.eye, centre))) <= 0:
            continue
        col = ph.lit(roof_col, normal, ambient=0.6, strength=0.45)
        ph.quad([eave[0], eave[1], ridge[1], ridge[0]], col)
        if not snow:
            steps = 14
            for i in range(1, steps):
                t = i / steps
                a = v_add(v_mul(eave[0], 1 - t), v_mul(eave[1], t))
                b = v_add(v_mul(ridge[0], 1 - t), v_mul(ridge[1], t))
                ph.draw.line([ph.project(a), ph.project(b)], fill=shade(col, 0.8), width=max(1, int(ph.px(0.03, a))))
        else:
            ph.draw.line([ph.project(eave[0]), ph.project(eave[1])], fill=(250, 252, 255),
                         width=max(2, int(ph.px(0.25, eave[0]))))
    if chimney:
        cxm = x0 + width * 0.3 if ridge_along_z else x0 + width * 0.65
        czm = z0 + depth * 0.6 if ridge_along_z else z0 + depth * 0.4
        ph.box(cxm - 0.3, wall_h + roof_h * 0.5, czm - 0.3, cxm + 0.3, wall_h + roof_h + 0.7, czm + 0.3, (90, 85, 85))
        if snow:
            ph.box(cxm - 0.32, wall_h + roof_h + 0.7, czm - 0.32, cxm + 0.32, wall_h + roof_h + 0.8, czm + 0.32, (245, 245, 250))


def photo_birch(ph, x, z, height, season="summer"):
    rng = ph.rng
    base = (x, 0, z)
    top = (x + rng.uniform(-0.3, 0.3), height, z)
    if season != "bare":
        sx, sy, sz = ph.sun
        k = height * 0.75 / sy
        cx, cz = x - sx * k, z - sz * k
        photo_soft_shadow(ph, [(cx + 2.2 * math.cos(a), 0, cz + 2.2 * math.sin(a)) for a in
                               [TAU * i / 12 for i in range(12)]], strength=70, blur=max(3, ph.px(0.5, base)))
    b, t = ph.project(base), ph.project(top)
    w0 = ph.px(0.16, base)
    ph.draw.polygon([(b[0] - w0, b[1]), (t[0] - w0 * 0.25, t[1]), (t[0] + w0 * 0.25, t[1]), (b[0] + w0, b[1])],
                    fill=ph.lit(BIRCH_BARK, (-0.6, 0, -1)))
    ph.draw.polygon([(b[0] + w0 * 0.2, b[1]), (t[0], t[1]), (t[0] + w0 * 0.25, t[1]), (b[0] + w0, b[1])],
                    fill=(190, 188, 182, 160))
    for _ in range(int(height * 4)):
        k = rng.uniform(0.0, 0.85)
        mx, my = lerp(b[0], t[0], k), lerp(b[1], t[1], k)
        half = lerp(w0, w0 * 0.25, k)
        ph.draw.line([(mx - half, my), (mx + half * rng.uniform(-0.2, 0.9), my + rng.uniform(-2, 2))],
                     fill=(40, 38, 36), width=max(1, int(w0 * rng.uniform(0.1, 0.25))))
    twig = (80, 70, 60)
    crown_pts = []
    for _ in range(9):
        k = rng.uniform(0.35, 0.95)
        sx, sy = lerp(b[0], t[0], k), lerp(b[1], t[1], k)
        ang = rng.uniform(-2.6, -0.5)
        length = ph.px(height * rng.uniform(0.15, 0.35), base)
        ex_, ey_ = sx + math.cos(ang) * length, sy + math.sin(ang) * length * 0.6
        ph.draw.line([(sx, sy), (ex_, ey_), (ex_ + math.cos(ang) * length * 0.2, ey_ + length * 0.4)], fill=twig,
                     width=max(1, int(w0 * 0.2)))
        crown_pts.append((ex_, ey_ + length * 0.2))
    crown_pts.append(t)
    if season == "bare":
        # Thousands of fine twigs read as a purple-brown haze around the branches.
        blobs = [(cx + rng.gauss(0, ph.px(0.6, base)), cy + rng.gauss(0.3, 0.6) * ph.px(1.0, base), ph.px(1.3, base))
                 for cx, cy in crown_pts for _ in range(2)]
        foliage(ph, blobs, ((105, 90, 90), (70, 60, 62)), leaf_px=2, opacity=0.22)
        for _ in range(300):
            cx, cy = rng.choice(crown_pts)
            r = ph.px(rng.uniform(0.5, 1.4), base)
            a = rng.uniform(0.5, math.pi - 0.5)
            ph.draw.line([(cx, cy), (cx + math.cos(a) * r, cy + math.sin(a) * r)], fill=(60, 50, 50, 130), width=1)
        return
    palette = {
        "summer": ((150, 185, 80), (45, 85, 30)),
        "autumn": ((245, 205, 80), (160, 105, 25)),
    }[season]
    blobs = []
    for cx, cy in crown_pts:
        for _ in range(3):
            blobs.append((cx + rng.gauss(0, ph.px(0.8, base)), cy + rng.gauss(0.2, 0.8) * ph.px(1.0, base),
                          ph.px(rng.uniform(0.9, 1.6), base)))
    # Leaves close to the lens would be huge flat blobs; a cap keeps them leaf-sized.
    foliage(ph, blobs, palette, leaf_px=min(12, max(2, ph.px(0.09, base))))


def foliage(ph, blobs, palette, leaf_px, opacity=1.0):
    """Leaves as a light/dark two-tone texture inside soft blobs, lit from the sun's side."""
    rng = ph.rng
    radius = max(1.0, sum(b[2] for b in blobs) / len(blobs) * 0.35)
    pad = radius * 2
    x0 = int(max(0, min(b[0] - b[2] for b in blobs) - pad))
    y0 = int(max(0, min(b[1] - b[2] for b in blobs) - pad))
    x1 = int(min(ph.w, max(b[0] + b[2] for b in blobs) + pad))
    y1 = int(min(ph.h, max(b[1] + b[2] for b in blobs) + pad))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return
    size = (x1 - x0, y1 - y0)
    # The density is smooth, so it is drawn and blurred at a quarter of the size, then scaled up.
    k = 4
    density = Image.new("L", (max(1, size[0] // k), max(1, size[1] // k)), 0)
    dd = ImageDraw.Draw(density)
    for cx, cy, r in blobs:
        dd.ellipse(((cx - r - x0) / k, (cy - r * 0.8 - y0) / k, (cx + r - x0) / k, (cy + r * 0.8 - y0) / k), fill=255)
    density = density.filter(ImageFilter.GaussianBlur(radius / k)).resize(size, Image.BILINEAR)
    leaves = noise_image(rng, size, max(2, int(leaf_px)))
    # A leaf is where the noise beats the remaining emptiness: dense inside, ragged at the edge.
    density = density.point(lambda v: int(v * 0.8))
    mask = ImageChops.add(leaves, density, 1.0, -190).point(
        lambda v: 0 if v < 70 else int(min(255, (v - 70) * 5) * opacity))
    across = Image.linear_gradient("L").rotate(90 if ph.sun[0] < 0 else -90).resize(size)
    light = ImageChops.lighter(Image.linear_gradient("L").resize(size), across)
    tone = ImageChops.multiply(light, noise_image(rng, size, max(2, int(leaf_px * 2.5)))).point(lambda v: min(255, v * 2))
    colour = Image.composite(Image.new("RGB", size, palette[1]), Image.new("RGB", size, palette[0]), tone)
    ph.img.paste(colour, (x0, y0), mask)


def photo_spruce(ph, x, z, height, color=(34, 62, 40), snow=False):
    rng = ph.rng
    base, top = ph.project((x, 0, z)), ph.project((x, height, z))
    half = ph.px(height * 0.22, (x, 0, z))
    tiers = 9
    for i in range(tiers):
        k0 = i / tiers
        y = lerp(base[1], top[1], k0 * 0.95)
        w = half * (1 - k0) ** 0.9
        ty = lerp(base[1], top[1], min(1.0, k0 + 0.22))
        col = shade(color, rng.uniform(0.85, 1.1))
        ph.draw.polygon([(base[0] - w, y), (top[0], ty), (base[0] + w, y)], fill=col)
        if snow:
            ph.draw.line([(base[0] - w * 0.8, y - 2), (top[0], ty + (y - ty) * 0.4), (base[0] + w * 0.7, y - 2)],
                         fill=(240, 244, 250), width=max(2, int(half * 0.06)))


def photo_fence(ph, x0, z0, x1, z1, color=(230, 228, 220), height=1.0):
    length = math.hypot(x1 - x0, z1 - z0)
    n = int(length / 0.14)
    for rail in (0.3, 0.75):
        ph.draw.line([ph.project((x0, rail, z0)), ph.project((x1, rail, z1))], fill=shade(color, 0.75),
                     width=max(1, int(ph.px(0.06, (x0, 0, z0)))))
    for i in range(n + 1):
        t = i / n
        x, z = lerp(x0, x1, t), lerp(z0, z1, t)
        a, b = ph.project((x, 0, z)), ph.project((x, height, z))
        ph.draw.line([a, b], fill=ph.lit(color, (0, 0, -1)), width=max(1, int(ph.px(0.06, (x, 0, z)))))


def photo_pole(ph, x, z, height=8.0):
    a, b = ph.project((x, 0, z)), ph.project((x, height, z))
    ph.draw.line([a, b], fill=(95, 75, 55), width=max(1, int(ph.px(0.22, (x, 0, z)))))
    c0, c1 = ph.project((x - 0.8, height - 0.5, z)), ph.project((x + 0.8, height - 0.5, z))
    ph.draw.line([c0, c1], fill=(80, 65, 50), width=max(1, int(ph.px(0.12, (x, 0, z)))))


def photo_wires(ph, poles, height=7.5):
    for (xa, za), (xb, zb) in zip(poles, poles[1:]):
        for off in (-0.7, 0.7):
            pts = []
            for i in range(11):
                t = i / 10
                sag = 0.6 * 4 * t * (1 - t)
                pts.append(ph.project((lerp(xa, xb, t) + off, height - sag, lerp(za, zb, t))))
            ph.draw.line(pts, fill=(40, 40, 45, 200), width=2)


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def photo_soft_shadow(ph, pts3d, strength=90, blur=10, color=(20, 25, 35)):
    """A blurred shadow on the ground, drawn in a local box so the blur stays cheap."""
    pts = [ph.project(p) for p in pts3d]
    pad = int(blur * 3)
    x0 = int(max(0, min(p[0] for p in pts) - pad))
    y0 = int(max(0, min(p[1] for p in pts) - pad))
    x1 = int(min(ph.w, max(p[0] for p in pts) + pad))
    y1 = int(min(ph.h, max(p[1] for p in pts) + pad))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    layer = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(layer).polygon([(x - x0, y - y0) for x, y in pts], fill=strength)
    ph.img.paste(color, (x0, y0), layer.filter(ImageFilter.GaussianBlur(blur)))


def cast_shadow(ph, footprint, height, strength=90):
    """The ground shadow of a block `height` tall standing on `footprint` [(x, z), ...]."""
    sx, sy, sz = ph.sun
    dx, dz = -sx / sy * height, -sz / sy * height
    hull = convex_hull(list(footprint) + [(x + dx, z + dz) for x, z in footprint])
    photo_soft_shadow(ph, [(x, 0.0, z) for x, z in hull], strength=strength, blur=max(2, ph.px(0.25, (footprint[0][0], 0, footprint[0][1]))))


# ---------------------------------------------------------------------------------------------
# The sample photos of svenskbyn
# ---------------------------------------------------------------------------------------------


def road(ph, half_width, color, z_far=400.0, x_off=0.0, edge=None):
    pts = [(x_off - half_width, 0, 1.0), (x_off + half_width, 0, 1.0), (x_off + half_width, 0, z_far),
           (x_off - half_width, 0, z_far)]
    ph.quad(pts, color)
    tex = noise_image(ph.rng, (ph.w, ph.h), 4).point(lambda v: int(v * 0.25))
    mask = Image.new("L", (ph.w, ph.h), 0)
    ImageDraw.Draw(mask).polygon([ph.project(p) for p in pts], fill=255)
    ph.img.paste(shade(color, 0.8), (0, 0), ImageChops.multiply(mask, tex))
    for track in (-1.0, 1.0):
        ph.quad([(x_off + track - 0.35, 0, 1.0), (x_off + track + 0.35, 0, 1.0), (x_off + track + 0.35, 0, z_far),
                 (x_off + track - 0.35, 0, z_far)], shade(color, 0.88) + (60,))
    if edge:
        for side in (-1, 1):
            x = x_off + side * half_width
            ph.draw.line([ph.project((x, 0, 1.0)), ph.project((x, 0, z_far))], fill=edge, width=6)


def photo_street_summer(size, seed):
    ph = Photo(size, seed, eye=(1.2, 1.65, 0.0), yaw=-0.08, horizon=0.58, sun=(-0.7, 0.8, -0.3))
    ph.sky((70, 125, 200), (200, 220, 235), clouds=9)
    ph.ground((95, 120, 70), (80, 130, 50))
    ph.tree_line(ph.cy + 2, ph.h * 0.05, (55, 80, 70), haze=(150, 175, 190, 90))
    road(ph, 3.0, (150, 140, 125))
    houses = [(-15.5, 14, FALU_RED), (-15, 32, OCHRE), (-15.5, 50, FALU_RED), (-15, 68, (175, 60, 45)),
              (7.0, 18, OCHRE), (7.5, 36, FALU_RED), (7.0, 54, OCHRE), (7.5, 72, FALU_RED)]
    for x, z, col in houses:
        ph.add((x + 4, 0, z), lambda x=x, z=z, col=col: photo_house(ph, x, z, 8.5, 9.0, wall=col, ridge_along_z=False,
                                                                    door_side=(0, 0, -1) if x < 0 else None))
    for x, z in ((-5.0, 27), (5.2, 31), (-5.4, 45), (5.0, 49), (-5.2, 62), (5.3, 66), (5.8, 15)):
        ph.add((x, 0, z - 0.5), lambda x=x, z=z: photo_birch(ph, x, z, ph.rng.uniform(7.5, 10.5)))
    for z in (10, 28, 46, 64):
        ph.add((-4.2, 0, z + 7), lambda z=z: photo_fence(ph, -4.2, z - 2, -4.2, z + 7))
    poles = [(4.0, z) for z in (30, 54, 78, 102)]
    for x, z in poles:
        ph.add((x, 0, z), lambda x=x, z=z: photo_pole(ph, x, z))
    ph.flush()
    photo_wires(ph, poles)
    return ph.finish(grain=2, warmth=(1.03, 1.0, 0.97))


def photo_smoke(ph, x, y, z, height=4.0, drift=2.5):
    """A soft plume from a chimney, leaning with the wind."""
    layer_pts = []
    for i in range(14):
        t = i / 13
        p = (x + drift * t ** 1.4, y + height * t, z)
        layer_pts.append((ph.project(p), ph.px(0.25 + 0.9 * t, p)))
    xs = [p[0] for p, _ in layer_pts]
    ys = [p[1] for p, _ in layer_pts]
    pad = int(max(r for _, r in layer_pts) * 2)
    x0, y0 = int(max(0, min(xs) - pad)), int(max(0, min(ys) - pad))
    x1, y1 = int(min(ph.w, max(xs) + pad)), int(min(ph.h, max(ys) + pad))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    layer = Image.new("L", (x1 - x0, y1 - y0), 0)
    dl = ImageDraw.Draw(layer)
    for i, ((px_, py_), r) in enumerate(layer_pts):
        dl.ellipse((px_ - r - x0, py_ - r - y0, px_ + r - x0, py_ + r - y0), fill=int(150 * (1 - i / 14)))
    ph.img.paste((235, 235, 240), (x0, y0), layer.filter(ImageFilter.GaussianBlur(pad / 4)))


def photo_glow(ph, points, color=(255, 190, 110), radius_m=1.2, strength=200):
    """Light halos (windows, street lamps at dusk), added in one pass."""
    k = 4
    layer = Image.new("L", (ph.w // k, ph.h // k), 0)
    dl = ImageDraw.Draw(layer)
    for p in points:
        x, y = ph.project(p)
        r = ph.px(radius_m, p)
        dl.ellipse(((x - r) / k, (y - r) / k, (x + r) / k, (y + r) / k), fill=strength)
    layer = layer.filter(ImageFilter.GaussianBlur(ph.w / 160 / k)).resize((ph.w, ph.h), Image.BILINEAR)
    glow = Image.new("RGB", (ph.w, ph.h), color)
    ph.img = ImageChops.add(ph.img, ImageChops.multiply(glow, Image.merge("RGB", [layer] * 3)))
    ph.draw = ImageDraw.Draw(ph.img, "RGBA")


def photo_snowbank(ph, x0, x1, z0, z1, height=0.7):
    """A ploughed bank of snow along a road, a long soft mound."""
    n = 24
    top = []
    for i in range(n + 1):
        t = i / n
        top.append((lerp(x0, x1, t), height * (0.7 + 0.3 * math.sin(t * 17.0)), lerp(z0, z1, t)))
    base = [(lerp(x0, x1, t / n), 0, lerp(z0, z1, t / n)) for t in range(n, -1, -1)]
    ph.draw.polygon([ph.project(p) for p in top + base], fill=(236, 240, 248))
    ph.draw.line([ph.project(p) for p in top], fill=(250, 252, 255), width=3)


def photo_lamp_post(ph, x, z, height=5.0, lit=False):
    a, b = ph.project((x, 0, z)), ph.project((x, height, z))
    ph.draw.line([a, b], fill=(60, 62, 66), width=max(1, int(ph.px(0.12, (x, 0, z)))))
    arm = ph.project((x + 0.8, height, z))
    ph.draw.line([b, arm], fill=(60, 62, 66), width=max(1, int(ph.px(0.08, (x, 0, z)))))
    r = ph.px(0.18, (x, 0, z))
    ph.draw.ellipse((arm[0] - r, arm[1] - r * 0.5, arm[0] + r, arm[1] + r * 0.6), fill=(255, 230, 170) if lit else (200, 200, 190))
    return (x + 0.8, height - 0.1, z)


def photo_yellow_house(size, seed):
    ph = Photo(size, seed, eye=(0.0, 1.6, 0.0), yaw=0.38, horizon=0.55, sun=(-0.5, 0.75, -0.6))
    ph.sky((80, 135, 205), (205, 222, 235), clouds=6)
    ph.ground((95, 125, 70), (70, 125, 45))
    ph.tree_line(ph.cy + 2, ph.h * 0.09, (45, 70, 55), haze=(150, 175, 190, 70))
    ph.add((5, 0, 30), lambda: photo_house(ph, -6, 34, 8.0, 8.0, wall=FALU_RED, ridge_along_z=True))
    ph.add((16, 0, 28), lambda: photo_house(ph, 14, 30, 8.5, 8.0, wall=(170, 170, 160), ridge_along_z=False))
    ph.add((6, 0, 12), lambda: photo_house(ph, 2.5, 12, 9.5, 7.5, wall=OCHRE, ridge_along_z=False, door_side=(0, 0, -1)))
    ph.add((6.5, 0, 10.5), lambda: photo_fence(ph, -3.0, 9.5, 14.0, 9.5, height=0.9))
    ph.add((-2.2, 0, 7.5), lambda: photo_birch(ph, -2.2, 7.5, 11.0))
    ph.add((13.5, 0, 17), lambda: photo_birch(ph, 13.5, 17, 9.0))
    ph.add((20, 0, 40), lambda: photo_spruce(ph, 20, 40, 12.0))
    ph.flush()
    return ph.finish(grain=2, warmth=(1.04, 1.0, 0.95))


def photo_winter_street(size, seed):
    ph = Photo(size, seed, eye=(-1.0, 1.6, 0.0), yaw=0.22, horizon=0.52, sun=(0.8, 0.35, 0.5))
    ph.sky((150, 170, 200), (238, 225, 215), clouds=5, cloud_color=(235, 235, 240), cloud_alpha=0.5)
    ph.ground((215, 222, 235), (240, 244, 250), texture=(40, 60))
    ph.tree_line(ph.cy + 2, ph.h * 0.06, (70, 85, 90), haze=(200, 205, 215, 110))
    road(ph, 2.8, (200, 195, 190))
    for z in range(4, 90, 12):
        ph.add((-3.4, 0, z), lambda z=z: photo_snowbank(ph, -3.6, -3.4, z, z + 11))
        ph.add((3.4, 0, z), lambda z=z: photo_snowbank(ph, 3.4, 3.6, z, z + 11, height=0.5))
    houses = [(-14, 12, FALU_RED), (-14, 30, FALU_RED), (-14.5, 48, OCHRE), (6.5, 20, FALU_RED), (6.5, 38, OCHRE),
              (7, 56, FALU_RED)]
    for x, z, col in houses:
        ph.add((x + 4, 0, z), lambda x=x, z=z, col=col: photo_house(ph, x, z, 8.0, 8.5, wall=col, snow=True,
                                                                    ridge_along_z=False, shadow=60))
        ph.add((x + 2.4, 0, z + 5), lambda x=x, z=z: photo_smoke(ph, x + 2.4, 6.4, z + 5.1, drift=-2.0))
    for x, z in ((-5.5, 10), (-5.0, 28), (5.0, 16), (5.5, 34), (-5.2, 44)):
        ph.add((x, 0, z), lambda x=x, z=z: photo_birch(ph, x, z, ph.rng.uniform(8, 11), season="bare"))
    for x, z in ((12, 70), (-20, 64), (-8, 80)):
        ph.add((x, 0, z), lambda x=x, z=z: photo_spruce(ph, x, z, 14, snow=True))
    ph.flush()
    return ph.finish(grain=2, warmth=(1.02, 1.0, 1.02))


def photo_building_site(size, seed):
    ph = Photo(size, seed, eye=(0.0, 1.7, 0.0), yaw=0.15, horizon=0.55, sun=(-0.6, 0.7, -0.5))
    ph.sky((95, 145, 205), (215, 225, 235), clouds=7)
    ph.ground((115, 110, 85), (120, 100, 75), texture=(20, 40))
    ph.tree_line(ph.cy + 2, ph.h * 0.08, (45, 70, 55), haze=(150, 175, 190, 80))
    ph.add((-8, 0, 40), lambda: photo_house(ph, -12, 36, 8.0, 8.0, wall=FALU_RED, ridge_along_z=False))
    ph.add((14, 0, 42), lambda: photo_house(ph, 11, 38, 8.0, 8.0, wall=OCHRE, ridge_along_z=True))
    wood = (214, 180, 130)

    def frame():
        x0, z0, w, dpt, hw = -2.0, 14.0, 9.0, 7.5, 2.8
        ph.box(x0 - 0.2, 0, z0 - 0.2, x0 + w + 0.2, 0.35, z0 + dpt + 0.2, (165, 165, 160))
        # Back and far side walls first, then the near ones, stud by stud.
        for x in [x0 + i * 0.6 for i in range(int(w / 0.6) + 1)]:
            ph.box(x, 0.35, z0 + dpt - 0.1, x + 0.05, hw, z0 + dpt, wood)
        for z in [z0 + i * 0.6 for i in range(int(dpt / 0.6) + 1)]:
            ph.box(x0 + w - 0.1, 0.35, z, x0 + w, hw, z + 0.05, wood)
            ph.box(x0, 0.35, z, x0 + 0.1, hw, z + 0.05, wood)
        for x in [x0 + i * 0.6 for i in range(int(w / 0.6) + 1)]:
            if x0 + 3.0 < x < x0 + 4.5:
                continue
            ph.box(x, 0.35, z0, x + 0.05, hw, z0 + 0.1, wood)
        ph.box(x0, hw, z0, x0 + w, hw + 0.1, z0 + 0.12, wood)
        ph.box(x0, hw, z0, x0 + 0.12, hw + 0.1, z0 + dpt, wood)
        # Sheathing boards on part of the near wall.
        ph.quad([(x0 + 5.4, 0.35, z0 - 0.01), (x0 + w, 0.35, z0 - 0.01), (x0 + w, hw, z0 - 0.01), (x0 + 5.4, hw, z0 - 0.01)],
                ph.lit((205, 175, 120), (0, 0, -1)))
        # Roof trusses along the length.
        for i in range(7):
            z = z0 + 0.2 + i * 1.2
            for a, b in (((x0, hw + 0.1), (x0 + w / 2, hw + 2.6)), ((x0 + w / 2, hw + 2.6), (x0 + w, hw + 0.1)),
                         ((x0, hw + 0.1), (x0 + w, hw + 0.1)), ((x0 + w / 4, hw + 1.35), (x0 + w / 2, hw + 0.1)),
                         ((x0 + w * 3 / 4, hw + 1.35), (x0 + w / 2, hw + 0.1))):
                ph.draw.line([ph.project((a[0], a[1], z)), ph.project((b[0], b[1], z))], fill=ph.lit(wood, (0, 0.3, -1)),
                             width=max(2, int(ph.px(0.1, (a[0], 0, z)))))

    ph.add((2.5, 0, 14), frame)

    def timber_stack():
        for layer in range(6):
            y = 0.15 + layer * 0.16
            ph.box(6.5, y, 9.0, 10.5, y + 0.14, 10.2, shade(wood, 1.0 - layer * 0.02))
            for k in range(8):
                z = 9.0 + k * 0.15
                p0 = ph.project((6.5, y + 0.07, z))
                ph.draw.line([p0, ph.project((6.5, y + 0.07, z + 0.01))], fill=(120, 90, 60), width=2)
        ph.box(6.6, 0, 9.1, 6.8, 0.15, 10.1, (120, 120, 120))
        ph.box(10.2, 0, 9.1, 10.4, 0.15, 10.1, (120, 120, 120))

    ph.add((8.5, 0, 9), timber_stack)
    ph.add((-7, 0, 18), lambda: photo_birch(ph, -7, 18, 10))
    ph.flush()
    return ph.finish(grain=2, warmth=(1.03, 1.0, 0.96))


def photo_factory(size, seed):
    """The prefab factory hall: trusses overhead, wall elements on the floor, daylight from the side."""
    ph = Photo(size, seed, eye=(0.0, 1.7, 0.0), yaw=0.12, horizon=0.5, sun=(-0.3, 0.9, 0.2), fov=70)
    hgt, length = 8.0, 60.0
    x0, x1 = -8.0, 12.0
    ph.img.paste((150, 150, 150), (0, 0, ph.w, ph.h))
    ph.quad([(x0, hgt, 0.5), (x1, hgt, 0.5), (x1, hgt, length), (x0, hgt, length)], (120, 118, 112))
    ph.quad([(x0, 0, length), (x1, 0, length), (x1, hgt, length), (x0, hgt, length)], (175, 170, 160))
    ph.quad([(x0, 0, 0.5), (x0, 0, length), (x0, hgt, length), (x0, hgt, 0.5)], (185, 180, 170))
    ph.quad([(x1, 0, 0.5), (x1, 0, length), (x1, hgt, length), (x1, hgt, 0.5)], (160, 156, 148))
    ph.quad([(x0, 0, 0.5), (x1, 0, 0.5), (x1, 0, length), (x0, 0, length)], (140, 138, 132))
    # Daylight through high windows in the left wall and a gate at the end.
    for z in range(4, int(length) - 2, 6):
        ph.quad([(x0 + 0.01, 5.0, z), (x0 + 0.01, 5.0, z + 4), (x0 + 0.01, 6.8, z + 4), (x0 + 0.01, 6.8, z)], (235, 240, 245))
    ph.quad([(x0 + 6, 0, length - 0.01), (x0 + 12, 0, length - 0.01), (x0 + 12, 5, length - 0.01),
             (x0 + 6, 5, length - 0.01)], (225, 230, 235))
    # Polished floor reflections of the windows.
    for z in range(4, int(length) - 2, 6):
        ph.quad([(x0 + 0.5, 0.001, z), (x0 + 2.5, 0.001, z + 1), (x0 + 2.5, 0.001, z + 4), (x0 + 0.5, 0.001, z + 3)],
                (200, 200, 195, 60))
    wood = (214, 182, 135)
    for z in range(3, int(length), 4):
        pts = [(x0, hgt - 1.6, z), ((x0 + x1) / 2, hgt, z), (x1, hgt - 1.6, z)]
        ph.draw.line([ph.project(p) for p in pts], fill=shade(wood, 0.8), width=max(2, int(ph.px(0.2, pts[0]))))
        ph.draw.line([ph.project(pts[0]), ph.project(pts[2])], fill=shade(wood, 0.8), width=max(2, int(ph.px(0.18, pts[0]))))
        for k in (0.25, 0.5, 0.75):
            bx = lerp(x0, x1, k)
            ph.draw.line([ph.project((bx, hgt - 1.6, z)), ph.project(((x0 + x1) / 2, hgt - 0.2, z))], fill=shade(wood, 0.75),
                         width=max(1, int(ph.px(0.1, pts[0]))))
        lamp = ph.project(((x0 + x1) / 2 - 3, hgt - 2.0, z + 2))
        r = ph.px(0.6, ((x0 + x1) / 2, hgt - 2, z + 2))
        ph.draw.rectangle((lamp[0] - r, lamp[1] - r * 0.12, lamp[0] + r, lamp[1] + r * 0.12), fill=(255, 252, 235))
    photo_glow(ph, [((x0 + x1) / 2 - 3, hgt - 2.0, z + 2) for z in range(3, int(length), 4)], color=(255, 250, 230),
               radius_m=0.35, strength=90)

    def wall_element(x, z, length_m, height_m, lean=False):
        """A finished wall element on its trestles: boards, a window opening, its edge showing."""
        y0 = 0.8
        face_col = ph.lit((205, 172, 125), (-0.3, 0.2, -1))
        pts = [(x, y0, z), (x + length_m, y0, z), (x + length_m, y0 + height_m, z + (0.6 if lean else 0)),
               (x, y0 + height_m, z + (0.6 if lean else 0))]
        ph.quad(pts, face_col)
        for k in range(int(length_m / 0.3)):
            u = x + k * 0.3
            ph.draw.line([ph.project((u, y0, z)), ph.project((u, y0 + height_m, z + (0.6 if lean else 0)))],
                         fill=shade(face_col, 0.85), width=3)
        ph.draw.line([ph.project((x, y0 + height_m, z + (0.6 if lean else 0))),
                      ph.project((x + length_m, y0 + height_m, z + (0.6 if lean else 0)))], fill=(240, 225, 190), width=5)
        wx = x + length_m * 0.4
        ph.quad([(wx, y0 + 0.9, z + (0.2 if lean else 0)), (wx + 1.2, y0 + 0.9, z + (0.2 if lean else 0)),
                 (wx + 1.2, y0 + 2.1, z + (0.42 if lean else 0)), (wx, y0 + 2.1, z + (0.42 if lean else 0))], (70, 70, 75))
        for tx in (x + 0.3, x + length_m - 0.5):
            ph.box(tx, 0, z - 0.1, tx + 0.2, y0, z + 0.3, (90, 95, 110))

    for i, (x, z) in enumerate(((-6.5, 9), (2.5, 13), (-6.0, 19), (3.0, 24), (-5.5, 32))):
        ph.add((x, 0, z), lambda x=x, z=z, i=i: wall_element(x, z, 6.0, 2.6, lean=i % 2 == 1))
    for i in range(8):
        ph.add((8, 0, 38 + i * 0.25), lambda i=i: ph.box(6.0, 0.1 + i * 0.12, 38 + i * 0.25, 11.0, 0.2 + i * 0.12,
                                                          39.2 + i * 0.25, wood))
    ph.flush()
    return ph.finish(grain=3, warmth=(1.04, 1.0, 0.94), vignette=0.35)


def photo_autumn(size, seed):
    ph = Photo(size, seed, eye=(0.0, 1.6, 0.0), yaw=-0.3, horizon=0.54, sun=(0.7, 0.45, -0.5))
    ph.sky((95, 140, 200), (235, 215, 185), clouds=7, cloud_color=(250, 240, 225))
    ph.ground((120, 125, 70), (105, 120, 55))
    ph.tree_line(ph.cy + 2, ph.h * 0.07, (55, 70, 50), haze=(170, 170, 170, 70))
    rng = ph.rng
    ph.add((-9, 0, 16), lambda: photo_house(ph, -14, 14, 8.5, 8.0, wall=FALU_RED, ridge_along_z=True, door_side=(1, 0, 0)))
    ph.add((2, 0, 24), lambda: photo_house(ph, -1, 22, 8.0, 8.0, wall=OCHRE, ridge_along_z=False))
    for x, z, h in ((-3.5, 14, 8.5), (-16.5, 24, 11), (8.5, 20, 10), (5, 34, 9)):
        ph.add((x, 0, z), lambda x=x, z=z, h=h: photo_birch(ph, x, z, h, season="autumn"))
    ph.flush()
    for _ in range(500):
        y = rng.uniform(ph.cy + ph.h * 0.1, ph.h)
        k = (y - ph.cy) / (ph.h - ph.cy)
        x = rng.gauss(0.35, 0.25) * ph.w
        r = ph.w * 0.0025 * (0.3 + k * 2)
        ph.draw.ellipse((x - r, y - r * 0.5, x + r, y + r * 0.5), fill=rng.choice([(230, 185, 50), (210, 150, 40), (190, 120, 30)]))
    return ph.finish(grain=2, warmth=(1.07, 1.0, 0.9))


def photo_dusk(size, seed):
    ph = Photo(size, seed, eye=(1.5, 1.6, 0.0), yaw=-0.12, horizon=0.55, sun=(-0.2, 0.25, 0.9))
    ph.sky((25, 40, 90), (230, 140, 95), clouds=4, cloud_color=(90, 80, 120), cloud_alpha=0.5)
    ph.ground((120, 130, 165), (150, 160, 195), texture=(40, 60))
    ph.tree_line(ph.cy + 2, ph.h * 0.07, (25, 30, 45))
    road(ph, 2.8, (130, 130, 150))
    glows = []
    houses = [(-13, 12, FALU_RED), (-13.5, 30, OCHRE), (-13, 48, FALU_RED), (6, 16, OCHRE), (6.5, 34, FALU_RED)]
    for x, z, col in houses:
        ph.add((x + 4, 0, z), lambda x=x, z=z, col=col: photo_house(ph, x, z, 8.0, 8.5, wall=shade(col, 0.6), snow=True,
                                                                    lit_windows=True, ridge_along_z=False, shadow=0,
                                                                    trim=(160, 160, 175)))
        face_z = z
        for wx in (x + 1.5, x + 4.0, x + 6.5):
            glows.append((wx, 1.5, face_z))
    lamps = []
    for z in (22, 40, 58, 76):
        ph.add((3.2, 0, z), lambda z=z: lamps.append(photo_lamp_post(ph, 3.2, z, lit=True)))
    for x, z in ((14, 28), (-20, 60), (11, 60)):
        ph.add((x, 0, z), lambda x=x, z=z: photo_spruce(ph, x, z, 13, color=(20, 35, 35), snow=True))
    ph.flush()
    photo_glow(ph, glows, radius_m=0.6, strength=70)
    photo_glow(ph, lamps, color=(255, 215, 150), radius_m=0.5, strength=200)
    for lx, ly, lz in lamps:
        photo_soft_shadow(ph, [(lx + 2.0 * math.cos(a), 0, lz + 2.0 * math.sin(a)) for a in [TAU * i / 12 for i in range(12)]],
                          strength=60, blur=ph.px(0.6, (lx, 0, lz)), color=(255, 220, 170))
    return ph.finish(grain=3, warmth=(1.0, 1.0, 1.05), vignette=0.35)


def photo_backyard(size, seed):
    ph = Photo(size, seed, eye=(0.0, 1.5, 0.0), yaw=0.05, horizon=0.52, sun=(0.6, 0.75, -0.4))
    ph.sky((85, 140, 210), (210, 225, 238), clouds=8)
    ph.ground((90, 125, 65), (75, 135, 50))
    ph.tree_line(ph.cy + 2, ph.h * 0.08, (45, 70, 55), haze=(150, 175, 190, 70))
    ph.add((-8, 0, 22), lambda: photo_house(ph, -13, 18, 8.0, 8.0, wall=OCHRE, ridge_along_z=True))
    ph.add((9, 0, 24), lambda: photo_house(ph, 5, 20, 8.5, 8.0, wall=FALU_RED, ridge_along_z=True, door_side=(-1, 0, 0)))
    ph.add((0, 0, 34), lambda: photo_house(ph, -4, 34, 8.0, 8.0, wall=(175, 60, 45), ridge_along_z=False))

    def swing():
        x, z = -1.0, 11.0
        for side in (0, 2.4):
            for lean in (-0.7, 0.7):
                ph.draw.line([ph.project((x + side, 2.3, z)), ph.project((x + side, 0, z + lean))], fill=(60, 90, 140),
                             width=max(2, int(ph.px(0.08, (x, 0, z)))))
        ph.draw.line([ph.project((x, 2.3, z)), ph.project((x + 2.4, 2.3, z))], fill=(60, 90, 140),
                     width=max(2, int(ph.px(0.1, (x, 0, z)))))
        for sx in (x + 0.7, x + 1.7):
            ph.draw.line([ph.project((sx - 0.2, 2.3, z)), ph.project((sx - 0.2, 0.5, z))], fill=(50, 50, 50), width=2)
            ph.draw.line([ph.project((sx + 0.2, 2.3, z)), ph.project((sx + 0.2, 0.5, z))], fill=(50, 50, 50), width=2)
            ph.box(sx - 0.25, 0.45, z - 0.12, sx + 0.25, 0.5, z + 0.12, (200, 60, 40))
        ph.box(2.8, 0, 8.5, 4.6, 0.25, 10.3, (190, 150, 100))
        ph.box(2.9, 0.05, 8.6, 4.5, 0.22, 10.2, (225, 205, 160))

    ph.add((0, 0, 11), swing)
    for x, z, h in ((-6, 12, 10), (4, 16, 8), (12, 13, 11)):
        ph.add((x, 0, z), lambda x=x, z=z, h=h: photo_birch(ph, x, z, h))
    ph.flush()
    return ph.finish(grain=2, warmth=(1.02, 1.0, 0.97))


# ---------------------------------------------------------------------------------------------
# Pictures for the timeline (drawings, and one poster)
# ---------------------------------------------------------------------------------------------


def heart(d, x, y, r, color=RED):
    pts = _arc(x - r * 0.5, y, r * 0.55, r * 0.55, math.pi, TAU, 10) + _arc(x + r * 0.5, y, r * 0.55, r * 0.55, math.pi, TAU, 10)
    pts += [(x, y + r * 1.2)]
    d.shape(pts, fill=color, outline=shade(color, 0.7))


def note(d, x, y, h, color=BLACK):
    d.dot(x, y, h * 0.16, color)
    d.line([(x + h * 0.14, y), (x + h * 0.14, y - h)], color, width=d.style["line"] * 0.6, passes=1)
    d.line([(x + h * 0.14, y - h), (x + h * 0.45, y - h * 0.75)], color, width=d.style["line"] * 0.6, passes=1)


def tl_energy(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.22, SKY, wavy=6)
    sun(d, W, 0, 140 * d.scale)
    d.fill(rect_points(-10, H * 0.72, W + 10, H + 10), (215, 230, 245), density=0.7)
    d.shape(rect_points(W * 0.08, H * 0.4, W * 0.34, H * 0.75), fill=(190, 190, 200), outline=GREY)
    d.shape(rect_points(W * 0.17, H * 0.6, W * 0.23, H * 0.75), fill=BROWN, outline=shade(BROWN, 0.6))
    for wx in (0.11, 0.26):
        d.shape(rect_points(W * wx, H * 0.47, W * (wx + 0.05), H * 0.55), fill=YELLOW, outline=GREY)
    for i in range(4):
        col = RED if i % 2 == 0 else WHITE
        d.shape(rect_points(W * 0.24, H * (0.12 + i * 0.07), W * 0.29, H * (0.19 + i * 0.07)), fill=col, outline=GREY)
    d.line([(W * 0.265 + math.sin(i) * 20, H * 0.1 - i * 22) for i in range(5)], GREY, width=12, passes=2)
    for i, (wall, roof) in enumerate((((230, 120, 90), BROWN), ((240, 210, 110), RED), ((150, 190, 230), GREEN))):
        x = W * (0.45 + i * 0.18)
        wooden_house(d, x, H * 0.75, W * 0.14, H * 0.26, wall=wall, roof=roof, carved=False, windows=1, snow=True)
        d.line([(W * 0.34, H * 0.68), (x + W * 0.07, H * 0.68), (x + W * 0.07, H * 0.75)], RED, width=8, passes=1)
        for k in range(3):
            hx = x + W * (0.03 + k * 0.04)
            d.line([(hx + math.sin(j * 1.5) * 6, H * 0.45 - j * 14) for j in range(5)], ORANGE, width=5, passes=1)
    snowflakes(d, 30, WHITE, y_max=H * 0.6)


def tl_handshake(d):
    W, H = d.w, d.h
    flag(d, W * 0.1, H * 0.5, H * 0.4, "se")
    flag(d, W * 0.74, H * 0.5, H * 0.4, "ru")
    d.shape([(-10, H * 0.58), (W * 0.42, H * 0.56), (W * 0.44, H * 0.74), (-10, H * 0.78)], fill=BLUE, outline=NAVY)
    d.shape([(W + 10, H * 0.56), (W * 0.58, H * 0.57), (W * 0.56, H * 0.75), (W + 10, H * 0.76)], fill=RED,
            outline=shade(RED, 0.6))
    d.shape(ellipse_points(W * 0.5, H * 0.66, W * 0.1, H * 0.1, 30), fill=SKIN, outline=shade(SKIN, 0.6))
    for k in range(4):
        y = H * (0.6 + k * 0.035)
        d.line([(W * 0.45, y), (W * 0.55, y + 4)], shade(SKIN, 0.6), width=4, passes=1)
    d.shape(ellipse_points(W * 0.52, H * 0.565, W * 0.045, H * 0.03, 16), fill=SKIN, outline=shade(SKIN, 0.6))
    for x, y, r, c in ((0.5, 0.2, 60, RED), (0.36, 0.32, 36, PINK), (0.64, 0.3, 42, PINK)):
        heart(d, W * x, H * y, r * d.scale, c)
    band(d, H * 0.9, H + 10, LIGHT_GREEN, wavy=5)


def tl_choir(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, H * 0.75, W + 10, H + 10), (170, 110, 70), angle=0.0)
    d.shape(rect_points(W * 0.15, H * 0.62, W * 0.85, H * 0.78), fill=(200, 140, 90), outline=BROWN)
    rows = ((0.45, 7, 0.2), (0.62, 6, 0.22))
    colors = [RED, BLUE, PURPLE, PINK, GREEN, ORANGE, NAVY]
    for r, (base, n, hgt) in enumerate(rows):
        for i in range(n):
            x = W * (0.2 + i * 0.6 / (n - 1)) + (W * 0.04 if r else 0)
            stick_figure(d, x, H * base + H * hgt, H * hgt, shirt=colors[(i + r) % len(colors)], girl=(i + r) % 2 == 0,
                         hair=d.rng.choice([BROWN, YELLOW, BLACK]))
    stick_figure(d, W * 0.08, H * 0.98, H * 0.3, shirt=BLACK, arms="up")
    for i in range(7):
        note(d, W * (0.25 + i * 0.1), H * (0.18 + 0.06 * math.sin(i * 1.7)), H * 0.08, (BLACK, PURPLE, BLUE)[i % 3])


def tl_school(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.2, SKY, wavy=6)
    sun(d, 0, 0, 130 * d.scale, face=True)
    band(d, H * 0.7, H + 10, GREEN, wavy=5)
    school(d, W * 0.2, H * 0.72, W * 0.6, H * 0.42, wall=(235, 225, 205), roof=(90, 90, 100), sign="")
    for i in range(6):
        kind = "se" if i % 2 == 0 else "ru"
        x = W * (0.12 + i * 0.15)
        hands = stick_figure(d, x, H * 0.97, H * 0.2, shirt=(BLUE, RED, YELLOW, PURPLE, GREEN, ORANGE)[i], girl=i % 3 == 1,
                             arms="wave")
        flag(d, hands[1][0], hands[1][1] + H * 0.02, H * 0.14, kind)
    for x in (0.06, 0.94):
        fir(d, W * x, H * 0.75, H * 0.3)


def tl_environment(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.2, SKY, wavy=6)
    sun(d, W, 0, 140 * d.scale, face=True)
    mountains(d, -W * 0.05, W * 1.05, H * 0.42, H * 0.2, color=(120, 140, 120), peaks=5, snow=True)
    water(d, H * 0.41, H * 0.62, (40, 120, 200), wave_rows=2)
    d.fill(rect_points(-10, H * 0.61, W + 10, H + 10), (225, 200, 150))
    for i, c in enumerate((BLUE, GREEN, YELLOW)):
        x = W * (0.62 + i * 0.11)
        d.shape(rect_points(x, H * 0.68, x + W * 0.08, H * 0.88), fill=c, outline=shade(c, 0.6))
        d.line([(x + W * 0.02, H * 0.74), (x + W * 0.04, H * 0.72), (x + W * 0.06, H * 0.75)], WHITE, width=6, passes=1)
    for i, c in enumerate((RED, PINK, ORANGE)):
        hands = stick_figure(d, W * (0.12 + i * 0.15), H * (0.95 - (i % 2) * 0.03), H * 0.22, shirt=c, girl=i == 1,
                             arms="wave")
        d.shape(rect_points(hands[1][0] - 12, hands[1][1], hands[1][0] + 12, hands[1][1] + 30), fill=GREY)
    for i in range(3):
        bird(d, W * (0.3 + i * 0.08), H * (0.12 + 0.03 * (i % 2)), 50 * d.scale)


def tl_bridge(d):
    W, H = d.w, d.h
    band(d, -10, H * 0.22, SKY, wavy=6)
    sun(d, W * 0.5, H * 0.1, 90 * d.scale, face=True, rays=14)
    water(d, H * 0.55, H + 10, BLUE, wave_rows=4)
    d.fill([(-10, H * 0.4), (W * 0.22, H * 0.42), (W * 0.26, H + 10), (-10, H + 10)], GREEN)
    d.fill([(W + 10, H * 0.4), (W * 0.78, H * 0.42), (W * 0.74, H + 10), (W + 10, H + 10)], GREEN)
    church(d, W * 0.1, H * 0.45, W * 0.12, H * 0.24, domes=(90, 90, 100), n_domes=1, bell_tower=False, trim=BLACK)
    flag(d, W * 0.19, H * 0.44, H * 0.2, "se")
    church(d, W * 0.88, H * 0.45, W * 0.12, H * 0.26, domes=GOLD, bell_tower=False)
    flag(d, W * 0.76, H * 0.44, H * 0.2, "ru")
    arch_bridge(d, W * 0.22, W * 0.78, H * 0.5, H * 0.78, arches=3)
    stick_figure(d, W * 0.44, H * 0.49, H * 0.14, shirt=BLUE, arms="wave")
    stick_figure(d, W * 0.56, H * 0.49, H * 0.14, shirt=RED, girl=True, arms="wave")
    heart(d, W * 0.5, H * 0.3, 36 * d.scale)


def tl_competition(d):
    W, H = d.w, d.h
    d.fill(rect_points(-10, -10, W + 10, H * 0.55), (235, 225, 180), angle=0.0)
    d.shape(rect_points(W * 0.3, H * 0.08, W * 0.7, H * 0.4), fill=(40, 90, 60), outline=BROWN)
    hand_text(d, "МОЙ ГОРОД", W * 0.36, H * 0.17, H * 0.08, WHITE)
    d.shape([(W * 0.05, H * 0.62), (W * 0.95, H * 0.62), (W * 1.02, H * 0.9), (-W * 0.02, H * 0.9)], fill=LIGHT_BROWN,
            outline=BROWN)
    for i, (x, c) in enumerate(((0.22, RED), (0.5, BLUE), (0.78, GREEN))):
        stick_figure(d, W * x, H * 0.66, H * 0.3, shirt=c, girl=i == 1, arms="down")
        d.shape(rect_points(W * (x - 0.09), H * 0.66, W * (x + 0.09), H * 0.84), fill=WHITE, outline=GREY)
        wooden_house(d, W * (x - 0.05), H * 0.8, W * 0.1, H * 0.12, carved=False, windows=1, wall=(c[0], c[1], c[2]))
    for i, c in enumerate((RED, YELLOW, BLUE, GREEN, ORANGE, PURPLE)):
        x = W * (0.08 + i * 0.025)
        d.line([(x, H * 0.88), (x + W * 0.05, H * 0.8)], c, width=14, passes=1)


def poster(size, seed, artwork):
    """The exhibition poster: a real layout with type, one of the sample drawings, and a SAMPLE mark."""
    w, h = size
    rng = random.Random(seed)
    img = Image.new("RGB", size, (248, 244, 232))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, int(h * 0.1)), fill=(30, 70, 140))
    d.rectangle((0, int(h * 0.1), w, int(h * 0.115)), fill=(230, 190, 40))
    bold = ImageFont.truetype(str(FONT_BOLD), int(h * 0.072))
    small_bold = ImageFont.truetype(str(FONT_BOLD), int(h * 0.03))
    regular = ImageFont.truetype(str(FONT_REGULAR), int(h * 0.026))
    tiny = ImageFont.truetype(str(FONT_REGULAR), int(h * 0.02))

    def centred(text, y, font, fill):
        box = d.textbbox((0, 0), text, font=font)
        d.text(((w - (box[2] - box[0])) / 2, y), text, font=font, fill=fill)

    centred("KONSTUTSTÄLLNING", h * 0.03, small_bold, (255, 255, 255))
    centred("Min stad Irkutsk", h * 0.135, bold, (30, 70, 140))
    centred("Мой город Иркутск", h * 0.225, regular, (180, 40, 40))
    art = artwork.copy()
    art.thumbnail((int(w * 0.8), int(h * 0.45)), Image.LANCZOS)
    ax, ay = (w - art.width) // 2, int(h * 0.29)
    d.rectangle((ax - 12, ay - 12, ax + art.width + 12, ay + art.height + 12), fill=(255, 255, 255), outline=(200, 190, 170))
    img.paste(art, (ax, ay))
    y = ay + art.height + int(h * 0.04)
    centred("20 vinnande teckningar av skolbarn i Irkutsk", y, regular, (40, 40, 40))
    centred("Kommunkontoret i Strömsund · februari 2010", y + h * 0.05, small_bold, (30, 70, 140))
    centred("Därefter på turné i kommunen", y + h * 0.1, regular, (40, 40, 40))
    d.rectangle((0, int(h * 0.95), w, h), fill=(30, 70, 140))
    centred("EXEMPELAFFISCH · SAMPLE POSTER · ОБРАЗЕЦ", h * 0.958, tiny, (255, 255, 255))
    # Printed paper, photographed: a little grain and uneven light.
    grain = noise_image(rng, size, 3).point(lambda v: int(246 + 9 * v / 255))
    img = ImageChops.multiply(img, Image.merge("RGB", [grain] * 3))
    light = Image.radial_gradient("L").resize(size).point(lambda v: int(255 - 25 * (v / 255.0) ** 2))
    return ImageChops.multiply(img, Image.merge("RGB", [light] * 3)).filter(ImageFilter.GaussianBlur(0.5))


# ---------------------------------------------------------------------------------------------
# Catalogue: every picture with its captions. Texts are written for the sample exhibition from
# the facts on Strömsunds kommun's partnership page (see /work/shared/source); every picture is
# marked as a sample.
# ---------------------------------------------------------------------------------------------

SAMPLE = {"sv": " (Exempelbild)", "en": " (Sample image)", "ru": " (Образец)"}
LANGS = ("sv", "en", "ru")


def school_name(number):
    return {"sv": f"Skola nr {number}, Irkutsk", "en": f"School No. {number}, Irkutsk", "ru": f"Школа № {number}, Иркутск"}


# file, drawing function, size, medium, age, paper, artist (sv, en, ru), school number,
# title (sv, en, ru), description (sv, en, ru)
CREAM = (250, 247, 238)
ARTWORKS = [
    ("01_Angarabron.jpg", art_bridge, (1600, 1200), "crayon", 11, CREAM, ("Dima S.", "Dima S.", "Дима С."), 19,
     ("Bron över Angara", "The bridge over the Angara", "Мост через Ангару"),
     ("Dima har ritat den långa bron med sina valv över Angara och bilar på väg till andra sidan. Bortom floden syns "
      "staden med höghus och en kyrka.",
      "Dima drew the long arched bridge across the Angara, with cars on their way to the other side. Beyond the river "
      "lies the city, with blocks of flats and a church.",
      "Дима нарисовал длинный арочный мост через Ангару и машины, которые едут на другой берег. За рекой виден город "
      "с многоэтажками и церковью.")),
    ("02_Guldkupolerna.jpg", art_golden_domes, (1200, 1600), "gouache", 13, CREAM, ("Anja V.", "Anya V.", "Аня В."), 11,
     ("Kyrkan med guldkupolerna", "The church with golden domes", "Церковь с золотыми куполами"),
     ("En vit kyrka med gyllene lökkupoler lyser mot den blå vinterhimlen. Två barn i mössor har stannat för att titta.",
      "A white church with golden onion domes shines against the blue winter sky. Two children in woolly hats have "
      "stopped to look.",
      "Белая церковь с золотыми луковичными куполами сияет на фоне голубого зимнего неба. Двое детей в шапках "
      "остановились посмотреть на неё.")),
    ("03_Mormors_hus.jpg", art_grandma_house, (1500, 1500), "crayon", 8, CREAM, ("Masja K.", "Masha K.", "Маша К."), 47,
     ("Mormors trähus", "Grandma's wooden house", "Бабушкин деревянный дом"),
     ("Mormor bor i ett gammalt timmerhus med blå snidade fönsterfoder. Hon vinkar från trädgården, och katten sitter "
      "bland blommorna.",
      "Grandma lives in an old log house with blue carved window frames. She waves from the garden while the cat sits "
      "among the flowers.",
      "Бабушка живёт в старом бревенчатом доме с голубыми резными наличниками. Она машет рукой из сада, а кошка "
      "сидит среди цветов.")),
    ("04_Nerpan.jpg", art_nerpa, (1600, 1200), "marker", 7, WHITE, ("Vanja T.", "Vanya T.", "Ваня Т."), 26,
     ("Nerpan på isen", "The nerpa on the ice", "Нерпа на льду"),
     ("Nerpan är en säl som bara finns i Bajkalsjön. Här vilar en nerpa med sin vita unge på den blå isen.",
      "The nerpa is a seal found only in Lake Baikal. Here a nerpa rests with its white pup on the blue ice.",
      "Нерпа — тюлень, который водится только в Байкале. Здесь нерпа отдыхает со своим белым детёнышем на голубом "
      "льду.")),
    ("05_Sparvagnen.jpg", art_tram, (1600, 1131), "marker", 10, WHITE, ("Katja P.", "Katya P.", "Катя П."), 3,
     ("Spårvagnen", "The tram", "Трамвай"),
     ("En röd spårvagn kör förbi höghusen. Vid hållplatsen vinkar två barn, och en hund springer bredvid.",
      "A red tram rolls past the blocks of flats. Two children wave at the stop, and a dog runs alongside.",
      "Красный трамвай едет мимо многоэтажных домов. На остановке машут двое детей, а рядом бежит собака.")),
    ("06_Travarna.jpg", art_wooden_street, (1600, 1200), "gouache", 14, CREAM, ("Polina J.", "Polina Ye.", "Полина Е."),
     14,
     ("Kväll bland trähusen", "Evening among the wooden houses", "Вечер среди деревянных домов"),
     ("Gamla trähus i olika färger står på rad längs gatan, och lyktorna är tända. Mitt på gatan har Polina ritat "
      "en babr, djuret i Irkutsks stadsvapen.",
      "Old wooden houses in different colours stand in a row along the street, and the lamps are lit. In the "
      "middle of the street Polina has drawn a babr, the animal on Irkutsk's coat of arms.",
      "Вдоль улицы в ряд стоят старые деревянные дома разных цветов, горят фонари. Посреди улицы Полина "
      "нарисовала бабра — зверя с герба Иркутска.")),
    ("07_Babren.jpg", art_babr, (1200, 1600), "crayon", 9, CREAM, ("Jegor F.", "Yegor F.", "Егор Ф."), 64,
     ("Babren", "The babr", "Бабр"),
     ("Babren på Irkutsks stadsvapen är ett svart rovdjur som bär en röd sobel i munnen. Jegor har ritat vapnet och "
      "skrivit stadens namn under.",
      "The babr on Irkutsk's coat of arms is a black beast carrying a red sable in its jaws. Yegor drew the arms and "
      "wrote the city's name underneath.",
      "Бабр на гербе Иркутска — чёрный зверь, который держит в пасти красного соболя. Егор нарисовал герб и подписал "
      "внизу название города.")),
    ("08_Vinter.jpg", art_winter, (1600, 1200), "gouache", 10, (160, 190, 225), ("Olja N.", "Olya N.", "Оля Н."), 11,
     ("Vinter i Irkutsk", "Winter in Irkutsk", "Зима в Иркутске"),
     ("Snön faller över trähusen, och röken stiger ur skorstenarna. Barnen har byggt en snögubbe och drar en kälke.",
      "Snow falls over the wooden houses and smoke rises from the chimneys. The children have built a snowman and are "
      "pulling a sledge.",
      "Снег падает на деревянные дома, из труб поднимается дым. Дети слепили снеговика и катают санки.")),
    ("09_Bjorkarna.jpg", art_birches, (1131, 1600), "pencil", 15, CREAM, ("Liza Ch.", "Liza Kh.", "Лиза Х."), 72,
     ("Björkarna i parken", "Birches in the park", "Берёзы в парке"),
     ("Hösten har gjort björkarna gula. En flicka sitter på en bänk med en bok, och löven ligger på stigen.",
      "Autumn has turned the birches yellow. A girl sits on a bench with a book, and leaves cover the path.",
      "Осень окрасила берёзы в жёлтый цвет. Девочка сидит на скамейке с книгой, а листья засыпали дорожку.")),
    ("10_Isbrytaren_Angara.jpg", art_icebreaker, (1600, 1200), "marker", 12, WHITE, ("Misja G.", "Misha G.", "Миша Г."),
     47,
     ("Isbrytaren Angara", "The icebreaker Angara", "Ледокол «Ангара»"),
     ("Den gamla isbrytaren Angara ligger i Irkutsk och är i dag museum. Misja har ritat den med svart skrov och röda "
      "skorstenar.",
      "The old icebreaker Angara is moored in Irkutsk and is now a museum. Misha drew it with a black hull and red "
      "funnels.",
      "Старый ледокол «Ангара» стоит в Иркутске, сейчас это музей. Миша нарисовал его с чёрным корпусом и красными "
      "трубами.")),
    ("11_Nyarsgranen.jpg", art_new_year, (1500, 1500), "gouache", 11, (35, 40, 70), ("Sonja D.", "Sonya D.", "Соня Д."), 14,
     ("Nyårsgranen", "The New Year tree", "Новогодняя ёлка"),
     ("På nyårsnatten lyser granen på torget, och fyrverkerier smäller på himlen. Barnen åker skridskor runt granen.",
      "On New Year's Eve the tree glows on the square and fireworks burst in the sky. Children skate around the tree.",
      "В новогоднюю ночь на площади сияет ёлка, а в небе гремит салют. Дети катаются на коньках вокруг ёлки.")),
    ("12_Bajkal_pa_sommaren.jpg", art_baikal_summer, (1600, 1200), "crayon", 8, CREAM, ("Petja M.", "Petya M.", "Петя М."),
     26,
     ("Bajkal på sommaren", "Baikal in summer", "Байкал летом"),
     ("Segelbåtar på den blå sjön och berg på andra stranden. Petja och hans syster leker på stenstranden.",
      "Sailing boats on the blue lake and mountains on the far shore. Petya and his sister play on the pebble beach.",
      "Парусники на синем озере и горы на том берегу. Петя с сестрой играют на галечном пляже.")),
    ("13_Min_skola.jpg", art_my_school, (1600, 1131), "marker", 9, WHITE, ("Dasja Zj.", "Dasha Zh.", "Даша Ж."), 19,
     ("Min skola", "My school", "Моя школа"),
     ("Den första september går alla till skolan med blommor till lärarna. Dasja har skrivit skolans nummer över "
      "dörren.",
      "On the first of September everyone goes to school with flowers for the teachers. Dasha wrote the school's "
      "number above the door.",
      "Первого сентября все идут в школу с цветами для учителей. Даша написала номер школы над дверью.")),
    ("14_Kazankyrkan.jpg", art_kazan_church, (1200, 1600), "crayon", 12, CREAM, ("Artiom Sj.", "Artyom Sh.", "Артём Ш."),
     72,
     ("Kazankyrkan", "The Kazan Church", "Казанская церковь"),
     ("Artiom har ritat Kazankyrkan i rött och vitt med gröna kupoler. Det är en sommardag, och fåglar flyger över "
      "taken.",
      "Artyom drew the Kazan Church in red and white with green domes. It is a summer day, and birds fly over the "
      "roofs.",
      "Артём нарисовал Казанскую церковь красно-белой, с зелёными куполами. Летний день, над крышами летают птицы.")),
    ("15_Taget.jpg", art_train, (1600, 1067), "gouache", 13, CREAM, ("Nikita Z.", "Nikita Z.", "Никита З."), 64,
     ("Tåget kommer till Irkutsk", "The train arrives in Irkutsk", "Поезд прибывает в Иркутск"),
     ("Irkutsk ligger vid den transsibiriska järnvägen. Ett långt tåg stannar vid stationen, och folk på perrongen "
      "vinkar.",
      "Irkutsk lies on the Trans-Siberian Railway. A long train pulls into the station while people on the platform "
      "wave.",
      "Иркутск стоит на Транссибирской магистрали. Длинный поезд подходит к вокзалу, а люди на перроне машут "
      "руками.")),
    ("16_Familjen.jpg", art_family, (1600, 1200), "crayon", 7, CREAM, ("Vika Tj.", "Vika Ch.", "Вика Ч."), 26,
     ("Mamma, pappa och jag vid Angara", "Mum, Dad and me by the Angara", "Мама, папа и я на Ангаре"),
     ("Vika och hennes föräldrar är ute och går vid floden med hunden. Solen skiner och alla är glada.",
      "Vika and her parents are out for a walk by the river with the dog. The sun is shining and everyone is happy.",
      "Вика с родителями и собакой гуляют у реки. Светит солнце, и все радуются.")),
    ("17_Katten_i_fonstret.jpg", art_cat_window, (1200, 1600), "marker", 13, WHITE, ("Ljosja R.", "Lyosha R.", "Лёша Р."),
     14,
     ("Katten i fönstret", "The cat in the window", "Кот в окне"),
     ("En grå katt tittar ut genom ett fönster med vita snidade foder och blå fönsterluckor. Ute är det kväll och snön "
      "faller.",
      "A grey cat looks out of a window with white carved frames and blue shutters. Outside it is evening and snow is "
      "falling.",
      "Серый кот смотрит из окна с белыми резными наличниками и синими ставнями. На улице вечер, идёт снег.")),
    ("18_Stadens_ljus.jpg", art_city_lights, (1600, 1200), "crayon", 12, (30, 30, 38), ("Sasja L.", "Sasha L.", "Саша Л."),
     3,
     ("Stadens ljus", "City lights", "Огни города"),
     ("På natten lyser fönstren i höghusen, och ljusen speglar sig i Angara. Sasja ritade med vaxkritor på svart "
      "papper.",
      "At night the windows of the tall buildings glow and the lights are mirrored in the Angara. Sasha used wax "
      "crayons on black paper.",
      "Ночью светятся окна многоэтажек, а огни отражаются в Ангаре. Саша рисовал восковыми мелками на чёрной "
      "бумаге.")),
    ("19_Var_i_parken.jpg", art_spring, (1500, 1500), "marker", 8, WHITE, ("Serjozja Ju.", "Seryozha Yu.", "Серёжа Ю."), 47,
     ("Vår i parken", "Spring in the park", "Весна в парке"),
     ("Björkarna har fått nya löv, och Serjozja flyger drake med sin syster. Flyttfåglarna har kommit tillbaka.",
      "The birches have new leaves and Seryozha is flying a kite with his sister. The birds have come back.",
      "На берёзах появились молодые листья, а Серёжа с сестрой запускают воздушного змея. Птицы вернулись.")),
    ("20_Min_stad_Irkutsk.jpg", art_my_city, (1600, 1200), "gouache", 15, CREAM, ("Nastja B.", "Nastya B.", "Настя Б."), 19,
     ("Min stad Irkutsk", "My City Irkutsk", "Мой город Иркутск"),
     ("Nastja har samlat hela staden på ett papper: kyrkorna, bron, isbrytaren, spårvagnen och babren. Överst har hon "
      "skrivit ”Min stad Irkutsk” på ryska.",
      "Nastya fitted the whole city onto one sheet: the churches, the bridge, the icebreaker, the tram and the babr. "
      "At the top she wrote “My City Irkutsk” in Russian.",
      "Настя уместила весь город на одном листе: церкви, мост, ледокол, трамвай и бабра. Сверху она написала "
      "«Мой город Иркутск».")),
]

# file, photo function, size, title (sv, en, ru), description (sv, en, ru)
PHOTOS = [
    ("01_Gatan.jpg", photo_street_summer, (1600, 1200),
     ("En gata i svenskbyn", "A street in the Swedish Village", "Улица в Шведской деревне"),
     ("Strömsund var med i ett projekt som skulle uppföra 62 småhus i trä med svensk teknik i Irkutsk. I folkmun "
      "kallas området i dag svenskbyn.",
      "Strömsund took part in a project to build 62 small wooden houses in Irkutsk using Swedish methods. Locally "
      "the area is now known as “the Swedish Village”.",
      "Стрёмсунд участвовал в проекте, целью которого было построить в Иркутске 62 небольших деревянных дома по "
      "шведской технологии. В народе этот район сегодня называют «Шведской деревней».")),
    ("02_Gult_hus.jpg", photo_yellow_house, (1600, 1200),
     ("Ett gult hus med vita knutar", "A yellow house with white corners", "Жёлтый дом с белыми углами"),
     ("Så här kan ett trähus byggt med svensk teknik se ut: stående panel, vita knutar och vita fönsterfoder. "
      "Företag från Strömsund och Jämtland bidrog med tjänster och utrustning.",
      "This is how a wooden house built with Swedish methods can look: vertical panelling, white corner boards and "
      "white window frames. Companies from Strömsund and Jämtland supplied services and equipment.",
      "Так может выглядеть деревянный дом, построенный по шведской технологии: вертикальная обшивка, белые углы и "
      "белые наличники. Компании из Стрёмсунда и Емтланда поставляли услуги и оборудование.")),
    ("03_Vinter.jpg", photo_winter_street, (1600, 1200),
     ("Vinter i svenskbyn", "Winter in the Swedish Village", "Зима в Шведской деревне"),
     ("En kall dag med snö på taken och rök från skorstenarna. Husen i svenskbyn byggdes med svensk teknik, med hjälp "
      "av företag från Strömsund och Jämtland.",
      "A cold day with snow on the roofs and smoke from the chimneys. The houses of the Swedish Village were built "
      "with Swedish methods, with help from companies in Strömsund and Jämtland.",
      "Морозный день: снег на крышах, дым из труб. Дома Шведской деревни построены по шведской технологии при "
      "участии компаний из Стрёмсунда и Емтланда.")),
    ("04_Nybygge.jpg", photo_building_site, (1600, 1200),
     ("Ett hus växer fram", "A house takes shape", "Дом растёт"),
     ("Bland de medverkande företagen fanns Josa Träutveckling i Sikås, Habelia i Östersund, Norrlands Trähus och "
      "Attacus i Hammerdal samt Strömsunds Takstolar. Bilden visar en husstomme med takstolar.",
      "The companies taking part included Josa Träutveckling in Sikås, Habelia in Östersund, Norrlands Trähus and "
      "Attacus in Hammerdal, and Strömsunds Takstolar. The picture shows a house frame with roof trusses.",
      "Среди участников проекта были компании Josa Träutveckling из Сикоса, Habelia из Эстерсунда, Norrlands Trähus "
      "и Attacus из Хаммердаля, а также Strömsunds Takstolar. На снимке — каркас дома со стропильными фермами.")),
    ("05_Prefabfabriken.jpg", photo_factory, (1600, 1200),
     ("I prefabfabriken", "Inside the prefab factory", "В цехе завода сборных домов"),
     ("Inför bygget av en fabrik för monteringsfärdiga trähus i Irkutsk utbildades nyckelpersoner i Hammerdal. Den "
      "ryska beställaren betalade de svenska företagen för utbildningen.",
      "Before a factory for prefabricated wooden houses was set up in Irkutsk, its key staff were trained in "
      "Hammerdal. The Russian client paid the Swedish companies for the training.",
      "Перед строительством завода сборных деревянных домов в Иркутске ключевые специалисты прошли обучение в "
      "Хаммердале. Российский заказчик оплатил шведским компаниям это обучение.")),
    ("06_Host.jpg", photo_autumn, (1600, 1200),
     ("Höst i svenskbyn", "Autumn in the Swedish Village", "Осень в Шведской деревне"),
     ("Björkarna gulnar runt ett rött och ett gult trähus. Projektet gällde 62 småhus i trä.",
      "The birches turn yellow around a red and a yellow wooden house. The project was for 62 small wooden houses.",
      "Берёзы желтеют вокруг красного и жёлтого деревянных домов. Проект предусматривал 62 небольших деревянных "
      "дома.")),
    ("07_Vinterkvall.jpg", photo_dusk, (1600, 1200),
     ("Vinterkväll", "Winter evening", "Зимний вечер"),
     ("Det lyser varmt ur fönstren när mörkret faller. Husbygget var en av de mest synliga delarna av samarbetet "
      "mellan Strömsund och Irkutsk.",
      "Warm light shines from the windows as darkness falls. House building was one of the most visible parts of "
      "the partnership between Strömsund and Irkutsk.",
      "С наступлением темноты в окнах загорается тёплый свет. Строительство домов стало одной из самых заметных "
      "частей сотрудничества Стрёмсунда и Иркутска.")),
    ("08_Bakgarden.jpg", photo_backyard, (1600, 1200),
     ("Gunga på bakgården", "A swing in the back garden", "Качели во дворе"),
     ("Mellan husen finns gräsmattor och plats för lek. Så här kan en sommardag i svenskbyn se ut.",
      "Between the houses there are lawns and room to play. This is how a summer day in the Swedish Village might "
      "look.",
      "Между домами — газоны и место для игр. Так может выглядеть летний день в Шведской деревне.")),
]

# year, date (sv, en, ru), file or None, picture function, title (sv, en, ru), description (sv, en, ru)
TIMELINE = [
    ("1999", ("", "", ""), "1999_Energiprojektet.jpg", "energy",
     ("Ett energiprojekt blir början", "An energy project starts it all", "Всё началось с энергетики"),
     ("Kontakten mellan Strömsund och Irkutsk växte fram ur mötet mellan företagaren Ulf Norin, som länge arbetat med "
      "energifrågor i Strömsund, och Slava Nikitin, som arbetade med energi inom universitet och näringsliv. "
      "Partnerskapet började med ett gemensamt projekt om energibesparande teknik.",
      "The link between Strömsund and Irkutsk grew out of contacts between Ulf Norin, a Strömsund businessman long "
      "active in the energy sector, and Slava Nikitin, an energy specialist working in universities and business. "
      "The partnership began with a joint project on energy-saving technology.",
      "Связи между Стрёмсундом и Иркутском возникли благодаря знакомству предпринимателя Ульфа Норина, много лет "
      "работавшего в энергетике Стрёмсунда, и Славы Никитина, специалиста по энергетике из университетской и "
      "деловой среды. Партнёрство началось с совместного проекта по энергосберегающим технологиям.")),
    ("", ("", "", ""), None, None,
     ("Utbildning i energiteknik", "Training in energy technology", "Обучение в области энергетики"),
     ("Kommunens Kompetenscentrum för energiförsörjning har varit med och tagit fram ett modernt synsätt på "
      "uppvärmning, där ekonomi, teknik och miljökunskap vägs samman. Centrumet har sålt utbildningar till deltagare "
      "från Murmansk, Medvesjegorsk och Irkutsk, bara till Irkutsk för mer än 700 000 kronor. Som en följd av "
      "samarbetet har centrumet i sin tur köpt konsulttjänster i Jämtland för mer än 5 miljoner kronor. Vattudalens "
      "Rör, Fridells Glas, StyrReg och Björn Stranne ansvarade för delar av kursernas praktik.",
      "The municipality's Competence Centre for Energy Supply helped develop a modern approach to heating that weighs "
      "economics, technology and environmental knowledge together. The centre has sold training to participants "
      "from Murmansk, Medvezhyegorsk and Irkutsk, to Irkutsk alone for more than SEK 700,000. As a result of the "
      "partnership, the centre in turn bought consultancy services in Jämtland for more than SEK 5 million. "
      "Vattudalens Rör, Fridells Glas, StyrReg and Björn Stranne ran parts of the practical course work.",
      "Муниципальный центр компетенций по энергоснабжению участвовал в разработке современного подхода к отоплению, "
      "в котором сочетаются экономика, техника и знания об окружающей среде. Центр продавал учебные курсы "
      "слушателям из Мурманска, Медвежьегорска и Иркутска, одному только Иркутску — более чем на 700 000 крон. "
      "Благодаря этому сотрудничеству сам центр, в свою очередь, закупил в Емтланде консультационные услуги более "
      "чем на 5 миллионов крон. За практическую часть курсов отвечали Vattudalens Rör, Fridells Glas, StyrReg и "
      "Бьёрн Странне.")),
    ("2001", ("november 2001", "November 2001", "ноябрь 2001 г."), "2001_Samarbetsavtalet.jpg", "handshake",
     ("Samarbetsavtalet skrivs under", "The co-operation agreement is signed", "Подписано соглашение о сотрудничестве"),
     ("När Irkutsks borgmästare Vladimir Yakubovskij besökte Strömsund i november 2001 skrev städerna under ett "
      "samarbetsavtal. Avtalet pekar ut områden där samarbetet gynnar båda kommunerna, och utifrån det har program på "
      "två eller tre år med konkreta aktiviteter tagits fram och genomförts. Mest har samarbetet handlat om energi "
      "och miljö, småhusbygge, sjukvård, utbildning, handel och kultur.",
      "When Irkutsk's mayor, Vladimir Yakubovsky, visited Strömsund in November 2001, the two towns signed a "
      "co-operation agreement. It names the fields in which working together benefits both municipalities, and "
      "two- and three-year programmes of concrete activities have been drawn up under it and carried out. The main "
      "fields have been energy and the environment, building small houses, health care, education, trade and "
      "culture.",
      "В ноябре 2001 года мэр Иркутска Владимир Якубовский посетил Стрёмсунд, и города подписали соглашение о "
      "сотрудничестве. В нём определены направления, выгодные для обоих муниципалитетов; на его основе составлялись и "
      "выполнялись двух- и трёхлетние программы с конкретными мероприятиями. Главными направлениями стали энергетика "
      "и экология, строительство малоэтажных домов, здравоохранение, образование, торговля и культура.")),
    ("", ("", "", ""), None, None,
     ("Småhus i trä för Irkutsk", "Wooden houses for Irkutsk", "Деревянные дома для Иркутска"),
     ("Strömsund var med i ett projekt som skulle uppföra 62 småhus i trä med svensk teknik i Irkutsk. I folkmun "
      "kallas området i dag svenskbyn. Bland företagen som bidrog med tjänster och utrustning fanns Josa "
      "Träutveckling i Sikås, Habelia i Östersund, Norrlands Trähus och Attacus i Hammerdal samt Strömsunds "
      "Takstolar.",
      "Strömsund took part in a project to build 62 small wooden houses in Irkutsk using Swedish methods. Locally "
      "the area is now called “the Swedish Village”. The companies that supplied services and equipment included "
      "Josa Träutveckling in Sikås, Habelia in Östersund, Norrlands Trähus and Attacus in Hammerdal, and Strömsunds "
      "Takstolar.",
      "Стрёмсунд участвовал в проекте, целью которого было построить в Иркутске 62 небольших деревянных дома по "
      "шведской технологии. В народе этот район сегодня называют «Шведской деревней». Услуги и оборудование "
      "поставляли, в частности, Josa Träutveckling из Сикоса, Habelia из Эстерсунда, Norrlands Trähus и Attacus из "
      "Хаммердаля, а также Strömsunds Takstolar.")),
    ("", ("", "", ""), None, None,
     ("Utbildning i Hammerdal", "Training in Hammerdal", "Обучение в Хаммердале"),
     ("Inför bygget av en fabrik för monteringsfärdiga trähus i Irkutsk kom nyckelpersoner till Hammerdal för att "
      "utbilda sig. Den ryska beställaren betalade de svenska företagen för utbildningen.",
      "Before a factory for prefabricated wooden houses was built in Irkutsk, its key people came to Hammerdal for "
      "training. The Russian client paid the Swedish companies for it.",
      "Перед строительством в Иркутске завода сборных деревянных домов ключевые специалисты приезжали учиться в "
      "Хаммердаль. Российский заказчик оплатил шведским компаниям это обучение.")),
    ("", ("", "", ""), None, None,
     ("Sverigedagar i Irkutsk", "Sweden Days in Irkutsk", "Дни Швеции в Иркутске"),
     ("Vid sidan av energi- och husprojekten har handeln mellan regionerna varit en viktig del av samarbetet. "
      "Därför har Irkutsk haft Sverigedagar, där företag från Strömsund och Jämtland visade upp sig.",
      "Alongside the energy and housing projects, trade between the regions has been an important part of the "
      "partnership. Sweden Days were therefore held in Irkutsk, with companies from Strömsund and Jämtland taking "
      "part.",
      "Помимо энергетических и жилищных проектов, важной частью сотрудничества стало развитие торговли между "
      "регионами. Поэтому в Иркутске проводились Дни Швеции с участием компаний из Стрёмсунда и Емтланда.")),
    ("", ("", "", ""), None, None,
     ("Sopsortering och återvinning", "Waste sorting and recycling", "Сортировка и переработка отходов"),
     ("I ett projekt som finansierades av Sida arbetade Strömsund och Irkutsk med sopsortering och återvinning. "
      "Lärare och elever från Hedenvindskolan var aktiva i arbetet.",
      "In a project funded by Sida, Strömsund and Irkutsk worked on waste sorting and recycling. Teachers and pupils "
      "from Hedenvindskolan took an active part.",
      "В рамках проекта, который финансировало шведское агентство Sida, Стрёмсунд и Иркутск занимались сортировкой и "
      "переработкой отходов. В работе активно участвовали учителя и ученики школы Hedenvindskolan.")),
    ("", ("", "", ""), "Korutbyte.jpg", "choir",
     ("Körledare byter erfarenheter", "Choir leaders share their skills", "Обмен опытом между хормейстерами"),
     ("Inom kulturen har körledare rest mellan städerna. Olga Resina från Irkutsk lärde under en vecka några av "
      "Strömsunds körer sångteknik. Maria Boberg och Hans Erik Dahlgren delade i sin tur med sig av gospel och "
      "traditionell körsång i Irkutsk.",
      "In culture, choir leaders have travelled between the towns. Olga Resina from Irkutsk spent a week teaching "
      "vocal technique to some of Strömsund's choirs. In return, Maria Boberg and Hans Erik Dahlgren shared their "
      "knowledge of gospel and traditional choral singing in Irkutsk.",
      "В сфере культуры города обменивались хормейстерами. Ольга Резина из Иркутска неделю занималась вокальной "
      "техникой с несколькими хорами Стрёмсунда. Мария Буберг и Ханс Эрик Дальгрен, в свою очередь, учили в "
      "Иркутске госпелу и традиционному хоровому пению.")),
    ("", ("", "", ""), None, None,
     ("Baltic Business College", "Baltic Business College", "Baltic Business College"),
     ("I Baltic Business College samarbetar Hjalmar Strömerskolan med Lyceum 2 och 3 i Irkutsk och med gruvskolan i "
      "Jõhvi i Estland. Skolorna utvecklar och undervisar tillsammans i konceptet företagargymnasium.",
      "Lyceums No. 2 and No. 3 in Irkutsk belong, together with Hjalmar Strömerskolan and the mining school in Jõhvi, "
      "Estonia, to Baltic Business College. There the schools jointly develop and teach the concept of an "
      "upper secondary school for entrepreneurs.",
      "Иркутские лицеи № 2 и № 3 вместе со стрёмсундской гимназией Hjalmar Strömerskolan и горной школой в Йыхви "
      "(Эстония) входят в Baltic Business College. Школы вместе развивают и преподают программу "
      "предпринимательской гимназии.")),
    ("", ("", "", ""), None, None,
     ("Läkare på Karolinska", "Doctors at the Karolinska", "Иркутские врачи в Каролинской больнице"),
     ("Strömsunds kommun ordnade så att läkare från Irkutsks nyöppnade Kliniska sjukhus nr 1 kunde auskultera på "
      "Karolinska sjukhuset i Stockholm. Kommunen tog också emot en nyutbildad läkare från Irkutsk, som fick arbeta i "
      "äldreomsorgen.",
      "Through Strömsund municipality, doctors from Irkutsk's newly opened Clinical Hospital No. 1 were able to "
      "observe work at the Karolinska Hospital in Stockholm. Strömsund also gave a newly qualified doctor from Irkutsk "
      "a post in its care for the elderly.",
      "При содействии коммуны Стрёмсунд врачи недавно открытой Клинической больницы № 1 Иркутска смогли пройти "
      "стажировку в Каролинской больнице в Стокгольме. Кроме того, Стрёмсунд принял молодого иркутского врача на "
      "работу в коммунальную службу ухода за пожилыми.")),
    ("", ("", "", ""), None, None,
     ("Skolutbyte och skytte", "School exchange and shooting", "Школьный обмен и стрельба"),
     ("Kyrktåsjö skola har haft ett livligt skolutbyte med Irkutsk. Elever från skyttegymnasiet har tränat och "
      "tävlat tillsammans med unga skyttar från vänorten.",
      "Kyrktåsjö school has taken an active part in a school exchange with Irkutsk. Students from the shooting "
      "programme of the upper secondary school have trained and competed together with young athletes from the "
      "twin town.",
      "Школа Кюрктошё активно участвовала в школьном обмене с Иркутском. Ученики гимназии со стрелковым профилем "
      "вместе тренировались и соревновались с юными спортсменами из города-побратима.")),
    ("2006", ("april 2006", "April 2006", "апрель 2006 г."), None, None,
     ("Irkutskdagar i Östersund", "Irkutsk Days in Östersund", "Дни Иркутска в Эстерсунде"),
     ("Irkutsk har också ordnat en presentation i Östersund, motsvarande Sverigedagarna i Irkutsk. Irkutskdagarna "
      "i Östersund hölls i april 2006.",
      "Irkutsk has also held a presentation in Östersund, similar to the Sweden Days in Irkutsk. The Irkutsk Days "
      "in Östersund took place in April 2006.",
      "Иркутск также провёл в Эстерсунде презентацию, подобную Дням Швеции в Иркутске. Дни Иркутска в Эстерсунде "
      "прошли в апреле 2006 года.")),
    ("2007", ("", "", ""), "2007_Miljokonferensen.jpg", "environment",
     ("Miljökonferens i Irkutsk", "Environmental conference in Irkutsk", "Экологическая конференция в Иркутске"),
     ("Sedan 2007 reser elever från Hjalmar Strömerskolan till Irkutsk för att delta i en internationell "
      "miljökonferens. Konferensen hålls varje år.",
      "Since 2007, students from Hjalmar Strömerskolan have travelled to Irkutsk to take part in an international "
      "environmental conference. The conference is held every year.",
      "С 2007 года ученики гимназии Hjalmar Strömerskolan ездят в Иркутск на международную экологическую "
      "конференцию. Она проходит каждый год.")),
    ("2009", ("13 februari 2009", "13 February 2009", "13 февраля 2009 г."), "2009_Planen_2010-2012.jpg", "bridge",
     ("En plan för 2010–2012", "A plan for 2010–2012", "План на 2010–2012 годы"),
     ("Borgmästare Vladimir Yakubovskij och Strömsunds kommunalråd Karin Stierna möttes i Stockholm och skrev under "
      "planen för det fortsatta samarbetet. Planen tar bland annat upp äldreomsorg, skidsport och sportskytte, "
      "miljöfrågor, utveckling av den kommunala förvaltningen samt utbildning och kultur. Under 2010 skulle arbetet "
      "främst handla om att utbyta information och erfarenheter och om aktiviteter för barn och unga.",
      "Mayor Vladimir Yakubovsky and Strömsund's municipal commissioner Karin Stierna met in Stockholm and signed "
      "the plan for further co-operation. It covers, among other things, care for the elderly, skiing and sport "
      "shooting, the environment, developing municipal administration, and education and culture. In 2010 the work "
      "was to focus mainly on sharing information and experience and on activities for children and young people.",
      "Мэр Иркутска Владимир Якубовский и муниципальный советник Стрёмсунда Карин Стьерна встретились в Стокгольме "
      "и подписали план дальнейшего сотрудничества. В нём, среди прочего, названы уход за пожилыми, лыжный спорт и "
      "спортивная стрельба, экология, развитие муниципального управления, образование и культура. В 2010 году "
      "главным должны были стать обмен информацией и опытом, а также мероприятия для детей и молодёжи.")),
    ("2009", ("september 2009", "September 2009", "сентябрь 2009 г."), "2009_Fjallsjoskolan.jpg", "school",
     ("Gäster på Fjällsjöskolan", "Visitors at Fjällsjöskolan", "Гости в школе Фьелльшё"),
     ("Ungdomar från Irkutsk kom på besök till Fjällsjöskolan i Backe i september 2009. Tanken var att eleverna "
      "skulle arbeta ihop med miljöfrågor under läsåret.",
      "In September 2009, young people from Irkutsk visited Fjällsjöskolan in Backe. During the school year the "
      "pupils were to work together on environmental issues.",
      "В сентябре 2009 года школу Фьелльшё в Бакке посетили молодые люди из Иркутска. В течение учебного года "
      "школьники должны были вместе заниматься экологическими вопросами.")),
    ("2009", ("november 2009", "November 2009", "ноябрь 2009 г."), "2009_Tavlingen.jpg", "competition",
     ("Tävling för skolbarn i Irkutsk", "A competition for Irkutsk's schoolchildren", "Конкурс для иркутских школьников"),
     ("I november 2009 hölls en stor tävling i Irkutsk för grundskoleelever. De 20 vinnande bidragen skulle visas i "
      "Strömsund; det är dem avsnittet Barnens Irkutsk handlar om.",
      "In November 2009 a large competition for schoolchildren was held in Irkutsk. The 20 "
      "winning entries were to be shown in Strömsund; they are what the section Irkutsk through children's eyes "
      "is about.",
      "В ноябре 2009 года в Иркутске прошёл большой конкурс для школьников. Двадцать работ-победителей должны "
      "были показать в Стрёмсунде; им посвящён раздел «Иркутск глазами детей».")),
    ("2010", ("februari 2010", "February 2010", "февраль 2010 г."), "2010_Utstallningen.jpg", "poster",
     ("Utställningen ”Min stad Irkutsk”", "The exhibition “My City Irkutsk”", "Выставка «Мой город Иркутск»"),
     ("De 20 vinnande verken blev konstutställningen ”Min stad Irkutsk”, som skulle öppna på kommunkontoret i "
      "Strömsund i februari 2010. Sedan var planen att visa den på fler platser runt om i kommunen.",
      "The 20 winning works became the art exhibition “My City Irkutsk”, due to open at the municipal office in "
      "Strömsund in February 2010. The plan was then to show it at more places around the municipality.",
      "Из двадцати работ-победителей составили художественную выставку «Мой город Иркутск», которая должна была "
      "открыться в феврале 2010 года в администрации коммуны Стрёмсунд. Затем её планировали показать и в других "
      "местах коммуны.")),
]

EXHIBITION_TOML = """\
# Inställningar för utställningen. Filen är valfri: utan den visas mapparna i namnordning med
# mappnamnen som rubriker. Rader som börjar med # är kommentarer och läses inte av kiosken.
# OBS: det här är en EXEMPELUTSTÄLLNING. Bilderna är ritade av ett skript, inte riktiga verk.
# Texten om utställningen står i om-utstallningen.toml.

# Utställningens titel på varje språk. Visas på startskärmen.
title = { sv = "Min stad Irkutsk", en = "My City Irkutsk", ru = "Мой город Иркутск" }

# Språk som besökarna kan välja mellan. Det första är det som visas från början.
languages = ["sv", "en", "ru"]

# Antal sekunder utan beröring innan kiosken går tillbaka till startskärmen.
idle_timeout = 90

# En [[section]] per mapp. "folder" ska skrivas exakt som mappen heter på stickan.
# "kind" är "gallery" (konstverk, standard), "photos" (fotografier) eller "timeline"
# (tidslinje med årtal). Startskärmen räknar därefter: "20 verk", "8 foton", "17 händelser".
# "title" är rubriken på varje språk; saknas den används mappnamnet utan siffran först.

[[section]]
folder = "1-Min stad Irkutsk"
kind = "gallery"
title = { sv = "Barnens Irkutsk", en = "Irkutsk through children's eyes", ru = "Иркутск глазами детей" }

[[section]]
folder = "2-Svenskbyn"
kind = "photos"
title = { sv = "Svenskbyn", en = "The Swedish Village", ru = "Шведская деревня" }

[[section]]
folder = "3-Historia"
kind = "timeline"
title = { sv = "Vänortssamarbetet", en = "The twin-town partnership", ru = "Сотрудничество городов-побратимов" }

# Turnén: var utställningen visas, i tur och ordning. "from" och "to" är första och sista
# dagen (år-månad-dag); "preposition" är "på" (standard) eller "i", som i "Visas nu i Backe".
# Varje kiosk väljer sin plats i listan; statistiken sparas per plats.
# Exempelutställningen har ingen turné. Så här skrivs en: ta bort # först på raderna.
#
# [[tour]]
# venue = { sv = "Strömsunds kommunkontor", en = "Strömsund Municipal Office", ru = "Администрация коммуны Стрёмсунд" }
# from = 2027-02-01
# to = 2027-03-31
#
# [[tour]]
# venue = { sv = "Backe", en = "Backe", ru = "Бакке" }
# preposition = "i"
# from = 2027-04-05
# to = 2027-05-28
"""


# ---------------------------------------------------------------------------------------------
# Writing the content folder
# ---------------------------------------------------------------------------------------------


def write_sheet(path, header, rows):
    """Writes a caption sheet the way Excel's "CSV UTF-8" does: BOM, ';' separators, CRLF."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


def per_lang(prefix):
    return [f"{prefix}_{lang}" for lang in LANGS]


ABOUT_TOML = """\
# Om utställningen: texten som besökarna läser under "Om utställningen", och meningen på
# startskärmen. Ett block per språk: [sv], [en] och [ru].
#   summary  en mening på startskärmen: vad besökaren tittar på
#   text     vad utställningen är och hur den kom till
#   credits  vem som har gjort vad, och vem som har rätt till bilderna
# Långa texter skrivs mellan tre citattecken \"\"\" och \"\"\". En tom rad börjar ett nytt stycke.
# Spara i Anteckningar med kodningen UTF-8, annars blir den ryska texten frågetecken.

[sv]
summary = "De vinnande teckningarna från en tävling för skolbarn i Irkutsk, Strömsunds vänort, och berättelsen om samarbetet mellan städerna sedan 1999."
text = \"\"\"
”Min stad Irkutsk” är en konstutställning med teckningar av skolbarn i Irkutsk, Strömsunds vänort i Sibirien. I november 2009 hölls en stor tävling i Irkutsk för grundskoleelever, och de 20 vinnande bidragen visas här i Strömsunds kommun. Enligt planen skulle utställningen invigas på kommunkontoret i Strömsund i februari 2010 och sedan gå på turné runt om i hela kommunen.

Tävlingen och utställningen hör till vänortssamarbetet mellan Strömsund och Irkutsk. Det började 1999 med ett gemensamt projekt om energibesparing, och i november 2001 skrev kommunerna under ett samarbetsavtal. Den 13 februari 2009 undertecknades en plan för samarbetet 2010–2012. Under 2010 skulle arbetet främst handla om att utbyta information och erfarenheter och om aktiviteter för barn och unga.

Utställningen visar också bilder från svenskbyn i Irkutsk, där Strömsund var med i ett projekt som skulle uppföra 62 småhus i trä med svensk teknik, och en tidslinje över samarbetet.

Utställningen har blivit till tack vare eleverna i Irkutsk som ritade och alla i Irkutsk och Strömsund som har byggt upp vänortssamarbetet.
\"\"\"
credits = \"\"\"
Fakta: Strömsunds kommuns webbsida om samarbetet med Irkutsk (27 mars 2017).

Det här är en exempelutställning som följer med programmet Vitrin. Bilderna är ritade av ett datorprogram och är inte de riktiga teckningarna och fotografierna. Namnen på konstnärerna och skolorna i bildtexterna är också exempel. Bilder och texter hör till Vitrin och följer med programmet på samma villkor.

I en riktig utställning står här vem som har gjort bilderna och texterna, vem som har rätt till bilderna och vem som har gjort utställningen möjlig.
\"\"\"

[en]
summary = "The winning drawings from a competition for schoolchildren in Irkutsk, Strömsund's twin town, and the story of the partnership between the two towns since 1999."
text = \"\"\"
“My City Irkutsk” is an art exhibition of drawings by schoolchildren in Irkutsk, Strömsund's twin town in Siberia. In November 2009 a large competition for schoolchildren was held in Irkutsk, and the 20 winning entries are shown here in Strömsund municipality. The plan was to open the exhibition at the municipal office in Strömsund in February 2010 and then to take it on tour around the whole municipality.

The competition and the exhibition are part of the twin-town partnership between Strömsund and Irkutsk. It began in 1999 with a joint project on saving energy, and in November 2001 the two municipalities signed a co-operation agreement. On 13 February 2009 a plan for the partnership in 2010–2012 was signed. In 2010 the work was to focus mainly on sharing information and experience and on activities for children and young people.

The exhibition also shows pictures of the Swedish Village in Irkutsk, where Strömsund took part in a project to build 62 small wooden houses using Swedish methods, and a timeline of the partnership.

The exhibition was made possible by the pupils in Irkutsk who drew the pictures and by everyone in Irkutsk and Strömsund who has built up the partnership.
\"\"\"
credits = \"\"\"
Facts: Strömsund municipality's web page on the partnership with Irkutsk (27 March 2017).

This is a sample exhibition that comes with the Vitrin program. The pictures were drawn by a computer program and are not the real drawings and photographs. The names of the artists and schools in the captions are examples too. Pictures and texts belong to Vitrin and come with the program on the same terms.

In a real exhibition, this is where you would read who made the pictures and texts, who holds the rights to the pictures and who made the exhibition possible.
\"\"\"

[ru]
summary = "Рисунки — победители конкурса для школьников Иркутска, города-побратима Стрёмсунда, и история сотрудничества двух городов с 1999 года."
text = \"\"\"
«Мой город Иркутск» — художественная выставка рисунков иркутских школьников. Иркутск — город-побратим шведской коммуны Стрёмсунд. В ноябре 2009 года в Иркутске прошёл большой конкурс для школьников, и двадцать работ-победителей показывают здесь, в коммуне Стрёмсунд. По плану выставка должна была открыться в феврале 2010 года в администрации коммуны Стрёмсунд, а затем отправиться в турне по всей коммуне.

Конкурс и выставка — часть сотрудничества городов-побратимов. Оно началось в 1999 году с совместного проекта по энергосбережению, а в ноябре 2001 года муниципалитеты подписали соглашение о сотрудничестве. 13 февраля 2009 года был подписан план сотрудничества на 2010–2012 годы. В 2010 году главным должны были стать обмен информацией и опытом, а также мероприятия для детей и молодёжи.

На выставке также есть снимки Шведской деревни в Иркутске и лента времени с историей сотрудничества. Стрёмсунд участвовал в проекте, целью которого было построить в Иркутске 62 небольших деревянных дома по шведской технологии.

Выставка стала возможной благодаря иркутским школьникам, которые рисовали, и всем в Иркутске и Стрёмсунде, кто строил это сотрудничество.
\"\"\"
credits = \"\"\"
Источник фактов: страница коммуны Стрёмсунд о сотрудничестве с Иркутском (27 марта 2017 года).

Это образец выставки, который входит в программу Vitrin. Изображения нарисованы компьютерной программой — это не настоящие рисунки и фотографии. Имена авторов и названия школ в подписях тоже вымышлены. Изображения и тексты принадлежат Vitrin и распространяются вместе с программой на тех же условиях.

В настоящей выставке здесь указывают, кто создал изображения и тексты, кому принадлежат права на изображения и кто сделал выставку возможной.
\"\"\"
"""

ART_DIR = "1-Min stad Irkutsk"
PHOTO_DIR = "2-Svenskbyn"
HISTORY_DIR = "3-Historia"

TIMELINE_MEDIA = {
    "energy": (tl_energy, "crayon", 10), "handshake": (tl_handshake, "marker", 9), "choir": (tl_choir, "gouache", 12),
    "environment": (tl_environment, "marker", 11), "bridge": (tl_bridge, "gouache", 13),
    "school": (tl_school, "crayon", 10), "competition": (tl_competition, "crayon", 12),
}
POSTER_ARTWORK = 19  # the poster shows "Min stad Irkutsk", the last drawing


def render_artwork(index):
    name, draw, size, medium, age, paper, *_ = ARTWORKS[index]
    d = Drawing(size, 1000 + index, medium, paper=paper, age=age)
    draw(d)
    return d.finish()


def render_job(job):
    """Renders one picture and saves it; runs in a worker process. Returns (path, bytes)."""
    kind, index, root = job
    if kind == "art":
        path = root / ART_DIR / ARTWORKS[index][0]
        image = render_artwork(index)
    elif kind == "photo":
        name, render, size, *_ = PHOTOS[index]
        path = root / PHOTO_DIR / name
        image = render(size, 2000 + index)
    else:
        _, _, name, picture, *_ = TIMELINE[index]
        path = root / HISTORY_DIR / name
        if picture == "poster":
            image = poster((900, 1200), 3000 + index, render_artwork(POSTER_ARTWORK))
        else:
            draw, medium, age = TIMELINE_MEDIA[picture]
            d = Drawing((1200, 900), 3000 + index, medium, age=age)
            draw(d)
            image = d.finish()
    save_jpeg(image, path)
    return path, path.stat().st_size


def write_sheets(root):
    rows = []
    for name, _, _, _, age, _, artist, school, title, desc in ARTWORKS:
        schools = school_name(school)
        rows.append([name, *title, *artist, str(age), *(schools[lang] for lang in LANGS),
                     *(text + SAMPLE[lang] for text, lang in zip(desc, LANGS))])
    header = ["fil", *per_lang("titel"), *per_lang("konstnär"), "ålder", *per_lang("skola"), *per_lang("beskrivning")]
    write_sheet(root / ART_DIR / "bildtexter.csv", header, rows)

    rows = [[name, *title, *(text + SAMPLE[lang] for text, lang in zip(desc, LANGS))]
            for name, _, _, title, desc in PHOTOS]
    write_sheet(root / PHOTO_DIR / "bildtexter.csv", ["fil", *per_lang("titel"), *per_lang("beskrivning")], rows)

    rows = []
    for year, date, name, _, title, desc in TIMELINE:
        # The history is real; only the pictures are samples, so only rows with one say so.
        marked = [text + (SAMPLE[lang] if name else "") for text, lang in zip(desc, LANGS)]
        rows.append([year, *date, *title, *marked, name or ""])
    header = ["år", *per_lang("datum"), *per_lang("titel"), *per_lang("beskrivning"), "fil"]
    write_sheet(root / HISTORY_DIR / "bildtexter.csv", header, rows)


def write_texts(root):
    """The settings, the text about the exhibition and the caption sheets: everything but pictures."""
    (root / "exhibition.toml").write_text(EXHIBITION_TOML, encoding="utf-8")
    (root / "om-utstallningen.toml").write_text(ABOUT_TOML, encoding="utf-8")
    write_sheets(root)


def build(out):
    """Writes the whole sample exhibition into `out`, replacing what was there."""
    out = out.resolve()
    staging = out.parent / (out.name + ".building")
    if staging.exists():
        shutil.rmtree(staging)
    for folder in (ART_DIR, PHOTO_DIR, HISTORY_DIR):
        (staging / folder).mkdir(parents=True)
    write_texts(staging)
    jobs = [("art", i, staging) for i in range(len(ARTWORKS))]
    jobs += [("photo", i, staging) for i in range(len(PHOTOS))]
    jobs += [("timeline", i, staging) for i, entry in enumerate(TIMELINE) if entry[2]]
    # Every picture has its own seed, so rendering them in parallel changes nothing in the output.
    with concurrent.futures.ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for path, size in pool.map(render_job, jobs):
            print(f"  {path.relative_to(staging)}  {size // 1024} KB", flush=True)
    # Swap in the finished folder only now, so an interrupted run never leaves half a media/.
    if out.exists():
        old = out.parent / (out.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old)
    else:
        staging.rename(out)
    return sum(f.stat().st_size for f in out.rglob("*") if f.is_file())


def main():
    parser = argparse.ArgumentParser(description="Generate Vitrin's bundled sample exhibition (media/).")
    parser.add_argument("--out", type=Path, default=REPO / "media", help="content folder to write (default: media/)")
    parser.add_argument("--text-only", action="store_true",
                        help="rewrite only exhibition.toml, om-utstallningen.toml and the caption sheets in an "
                             "existing folder, leaving the pictures as they are")
    args = parser.parse_args()
    if args.text_only:
        write_texts(args.out.resolve())
        print(f"Texts written in {args.out}")
        return 0
    started = time.monotonic()
    total = build(args.out)
    print(f"Total: {total / (1024 * 1024):.2f} MB in {args.out} ({time.monotonic() - started:.1f} s)")
    if total > SIZE_LIMIT_BYTES:
        print(f"error: the sample exhibition is larger than {SIZE_LIMIT_BYTES // (1024 * 1024)} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
