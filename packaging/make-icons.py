#!/usr/bin/env python3
"""Draws Offramp's application icon, a road that leaves to the right on a calm blue tile, in every form the
packages need: windows/offramp.ico, macos/offramp.icns, and for Linux an SVG and PNGs in hicolor sizes under
linux/icons/hicolor/. The icons
are kept in the repository; run this again only to change them. Standard library only."""
import math
import struct
import zlib
from pathlib import Path

BLUE = (31, 94, 168)
WHITE = (255, 255, 255)


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def curve_points():
    # From the bottom middle straight up, then bending to the upper right (unit square, y down).
    points = [(0.40, 0.86), (0.40, 0.60)]
    for step in range(1, 17):
        angle = math.pi * step / 32  # a quarter circle around (0.70, 0.60)
        points.append((0.70 - 0.30 * math.cos(angle), 0.60 - 0.30 * math.sin(angle)))
    return points


ROAD = curve_points()
ARROW = [(0.86, 0.30), (0.66, 0.16), (0.66, 0.44)]


def inside_triangle(px, py, tri):
    (x1, y1), (x2, y2), (x3, y3) = tri
    d1 = (px - x2) * (y1 - y2) - (x1 - x2) * (py - y2)
    d2 = (px - x3) * (y2 - y3) - (x2 - x3) * (py - y3)
    d3 = (px - x1) * (y3 - y1) - (x3 - x1) * (py - y1)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def inside_tile(px, py, radius=0.18, margin=0.04):
    lo, hi = margin + radius, 1 - margin - radius
    cx, cy = min(max(px, lo), hi), min(max(py, lo), hi)
    return math.hypot(px - cx, py - cy) <= radius


def sample(px, py, width):
    if not inside_tile(px, py):
        return None
    road = min(segment_distance(px, py, *ROAD[i], *ROAD[i + 1]) for i in range(len(ROAD) - 1))
    if road <= width or inside_triangle(px, py, ARROW):
        return WHITE
    return BLUE


def render(size):
    grid = 4 if size < 128 else 2
    width = 0.075 if size >= 32 else 0.09
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            r = g = b = a = 0
            for sy in range(grid):
                for sx in range(grid):
                    colour = sample((x + (sx + 0.5) / grid) / size, (y + (sy + 0.5) / grid) / size, width)
                    if colour:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            n = grid * grid
            row += bytes([r // a, g // a, b // a, 255 * a // n]) if a else bytes(4)
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    # ICONDIR, then one ICONDIRENTRY per image, then the PNG images (Windows Vista and later read PNG entries).
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def icns(images):
    # Apple's icon file: "icns" and its length, then entries of a type, a length and PNG data.
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(types[size] + struct.pack(">I", 8 + len(data)) + data for size, data in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def svg():
    # The same drawing as render(), as vectors on a 256-unit square.
    def point(p):
        return f"{p[0] * 256:.1f},{p[1] * 256:.1f}"

    margin, radius = 0.04 * 256, 0.18 * 256
    side = 256 - 2 * margin
    road = " ".join(point(p) for p in ROAD)
    arrow = " ".join(point(p) for p in ARROW)
    colour = "#{:02x}{:02x}{:02x}".format(*BLUE)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        f'  <rect x="{margin:.1f}" y="{margin:.1f}" width="{side:.1f}" height="{side:.1f}" rx="{radius:.1f}" '
        f'fill="{colour}"/>\n'
        f'  <polyline points="{road}" fill="none" stroke="#ffffff" stroke-width="{0.15 * 256:.1f}" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
        f'  <polygon points="{arrow}" fill="#ffffff"/>\n'
        "</svg>\n"
    )


APP_ID = "org.offramp.Offramp"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    (here / "windows" / "offramp.ico").write_bytes(
        ico([(size, render(size)) for size in (16, 24, 32, 48, 64, 256)]))
    (here / "macos" / "offramp.icns").write_bytes(icns([(size, render(size)) for size in (16, 32, 64, 128, 256, 512)]))
    hicolor = here / "linux" / "icons" / "hicolor"  # laid out as installed under /usr/share/icons
    for size in ("scalable",) + HICOLOR_SIZES:
        folder = hicolor / (size if size == "scalable" else f"{size}x{size}") / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if size == "scalable":
            (folder / f"{APP_ID}.svg").write_text(svg())
        else:
            (folder / f"{APP_ID}.png").write_bytes(render(size))
