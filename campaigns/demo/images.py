"""
Flat, text-free illustrations drawn with Pillow at seed time.

Drawing them (rather than shipping photographs) keeps the repository small,
avoids any question of image rights or of recognisable people, and keeps the
demo usable offline. Each scene is drawn at twice its size and scaled down,
which smooths the edges without an anti-aliasing library.
"""

import functools
import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900
SCALE = 2  # supersampling factor

TEAL = (11, 85, 99)
RED = (179, 38, 30)
YELLOW = (255, 191, 71)
LIGHT = (243, 245, 247)
WHITE = (255, 255, 255)


def mix(colour, other, amount):
    """A colour `amount` (0..1) of the way from `colour` to `other`: tints without new hues."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


class Canvas:
    """A drawing surface in 1600 x 900 coordinates, supersampled."""

    def __init__(self, background):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _points(points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    @staticmethod
    def _box(x0, y0, x1, y1):
        return [x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE]

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def rectangle(self, x0, y0, x1, y1, fill, radius=0):
        self.draw.rounded_rectangle(self._box(x0, y0, x1, y1), radius=radius * SCALE, fill=fill)

    def circle(self, cx, cy, r, fill):
        self.draw.ellipse(self._box(cx - r, cy - r, cx + r, cy + r), fill=fill)

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse(self._box(x0, y0, x1, y1), fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self._points(points), fill=fill, width=width * SCALE, joint="curve")

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.draw.arc(self._box(x0, y0, x1, y1), start, end, fill=fill, width=width * SCALE)

    def png(self):
        image = self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()


def _hill(canvas, base_y, height, phase, fill, waves=1.5):
    """A soft ridge of hills across the whole width."""
    points = [(0, HEIGHT)]
    for step in range(0, 81):
        x = WIDTH * step / 80
        y = base_y - height * (0.5 + 0.5 * math.sin(phase + waves * math.pi * step / 40))
        points.append((x, y))
    points.append((WIDTH, HEIGHT))
    canvas.polygon(points, fill)


def _house(canvas, x, y, size, wall, roof, window):
    """A small house whose bottom-left corner is at (x, y)."""
    canvas.rectangle(x, y - size, x + size * 1.2, y, wall)
    canvas.polygon([(x - size * 0.15, y - size), (x + size * 0.6, y - size * 1.7), (x + size * 1.35, y - size)], roof)
    canvas.rectangle(x + size * 0.2, y - size * 0.7, x + size * 0.55, y - size * 0.35, window, radius=size * 0.04)
    canvas.rectangle(x + size * 0.7, y - size * 0.6, x + size * 1.0, y, mix(wall, WHITE, 0.25))


def _bird(canvas, x, y, size, colour):
    canvas.line([(x - size, y - size * 0.4), (x, y), (x + size, y - size * 0.4)], colour, 4)


def draw_road_home(rng):
    """A road winding between hills to a house with a lit window: coming home safely."""
    canvas = Canvas(LIGHT)
    canvas.circle(1270, 210, 120, mix(YELLOW, LIGHT, 0.35))
    canvas.circle(1270, 210, 86, YELLOW)
    _hill(canvas, 560, 150, rng.uniform(0, math.pi), mix(TEAL, LIGHT, 0.75))
    _hill(canvas, 660, 130, rng.uniform(0, math.pi), mix(TEAL, LIGHT, 0.5), waves=2)
    _hill(canvas, 780, 110, rng.uniform(0, math.pi), mix(TEAL, LIGHT, 0.2), waves=1)

    # The road: a ribbon that narrows with distance, from the bottom edge to the house.
    left, right, centre = [], [], []
    for step in range(0, 41):
        t = step / 40
        y = HEIGHT - t * 330
        x = 560 + 260 * math.sin(t * math.pi * 1.4) + 300 * t
        half = 150 * (1 - t) + 10
        left.append((x - half, y))
        right.append((x + half, y))
        centre.append((x, y))
    canvas.polygon(left + right[::-1], mix(LIGHT, WHITE, 0.5))
    for index in range(0, len(centre) - 2, 4):
        canvas.line(centre[index : index + 2], YELLOW, max(3, round(10 * (1 - index / 40))))

    end_x, end_y = centre[-1]
    _house(canvas, end_x - 40, end_y + 8, 90, TEAL, RED, YELLOW)
    for _ in range(3):
        _bird(canvas, rng.uniform(250, 800), rng.uniform(120, 300), rng.uniform(14, 22), mix(TEAL, LIGHT, 0.3))
    return canvas.png()


def draw_phone_messages(rng):
    """A phone full of chat bubbles, one of them a warning, and a hook dangling into it: the online bait."""
    canvas = Canvas(TEAL)
    for _ in range(14):
        r = rng.uniform(10, 40)
        canvas.circle(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT), r, mix(TEAL, LIGHT, rng.uniform(0.08, 0.2)))

    phone_x0, phone_y0, phone_x1, phone_y1 = 560, 90, 1040, 900 + 60
    canvas.rectangle(phone_x0, phone_y0, phone_x1, phone_y1, mix(TEAL, (0, 0, 0), 0.45), radius=60)
    canvas.rectangle(phone_x0 + 24, phone_y0 + 70, phone_x1 - 24, phone_y1, LIGHT, radius=30)
    canvas.rectangle(740, 112, 860, 128, mix(TEAL, LIGHT, 0.3), radius=8)

    bubbles = [
        (610, 200, 880, 270, mix(TEAL, LIGHT, 0.7)),
        (720, 300, 990, 370, WHITE),
        (610, 400, 930, 470, mix(TEAL, LIGHT, 0.7)),
        (700, 520, 990, 610, RED),
        (610, 650, 860, 720, mix(TEAL, LIGHT, 0.7)),
    ]
    for x0, y0, x1, y1, colour in bubbles:
        canvas.rectangle(x0, y0, x1, y1, colour, radius=28)
        if colour is not RED:
            # Lines of "text" as bars: the illustration must carry no real words.
            shade = mix(colour, TEAL, 0.35)
            canvas.rectangle(x0 + 24, y0 + 20, x1 - 60, y0 + 32, shade, radius=6)
            canvas.rectangle(x0 + 24, y0 + 42, x1 - 120, y0 + 54, shade, radius=6)
    # The warning bubble carries an exclamation mark made of two shapes.
    canvas.rectangle(837, 540, 853, 578, WHITE, radius=6)
    canvas.circle(845, 592, 9, WHITE)

    # The hook: bait on a line, dropping into the conversation.
    canvas.line([(1240, 0), (1240, 430)], YELLOW, 8)
    canvas.arc(1160, 370, 1250, 480, 0, 180, YELLOW, 10)
    canvas.polygon([(1160, 425), (1150, 395), (1178, 410)], YELLOW)
    canvas.circle(1240, 320, 26, mix(YELLOW, WHITE, 0.3))
    return canvas.png()


def draw_suitcase_journey(rng):
    """A packed suitcase and a long dotted flight path over a globe: work abroad, and the distance from home."""
    canvas = Canvas(LIGHT)
    canvas.circle(1180, 520, 300, mix(TEAL, LIGHT, 0.8))
    for offset in (-180, -60, 60, 180):
        canvas.arc(1180 - 300, 520 - abs(offset) * 0.2 - 80, 1180 + 300, 520 + abs(offset) * 0.2 + 80, 0, 360,
                   mix(TEAL, LIGHT, 0.6), 3)  # fmt: skip
    canvas.arc(1180 - 120, 220, 1180 + 120, 820, 0, 360, mix(TEAL, LIGHT, 0.6), 3)
    canvas.line([(880, 520), (1480, 520)], mix(TEAL, LIGHT, 0.6), 3)

    # Dotted path from the suitcase to the far side of the globe.
    for step in range(0, 30):
        t = step / 29
        x = 420 + 900 * t
        y = 520 - 360 * math.sin(math.pi * t) + 60 * t
        canvas.circle(x, y, 7 if step % 2 else 5, TEAL)
    canvas.polygon([(1330, 560), (1290, 520), (1300, 585)], RED)

    # The suitcase.
    canvas.rectangle(250, 520, 590, 800, YELLOW, radius=30)
    canvas.rectangle(350, 470, 490, 530, TEAL, radius=22)
    canvas.rectangle(372, 492, 468, 530, LIGHT, radius=10)
    for x in (320, 520):
        canvas.rectangle(x - 12, 520, x + 12, 800, mix(YELLOW, RED, 0.35))
    canvas.circle(300, 815, 18, TEAL)
    canvas.circle(540, 815, 18, TEAL)
    for _ in range(4):
        canvas.circle(rng.uniform(80, 700), rng.uniform(80, 320), rng.uniform(6, 12), mix(YELLOW, LIGHT, 0.3))
    return canvas.png()


def draw_river_homes(rng):
    """Two homes on either side of a river with a fragile bridge: a marriage across a border."""
    canvas = Canvas(mix(YELLOW, LIGHT, 0.8))
    canvas.circle(800, 170, 80, mix(YELLOW, WHITE, 0.1))
    _hill(canvas, 520, 90, rng.uniform(0, math.pi), mix(TEAL, LIGHT, 0.6), waves=2.5)
    canvas.polygon([(0, 560), (640, 560), (560, HEIGHT), (0, HEIGHT)], mix(TEAL, LIGHT, 0.25))
    canvas.polygon([(960, 560), (WIDTH, 560), (WIDTH, HEIGHT), (1040, HEIGHT)], mix(TEAL, LIGHT, 0.25))
    canvas.polygon([(640, 560), (960, 560), (1040, HEIGHT), (560, HEIGHT)], mix(TEAL, WHITE, 0.55))
    for y in range(600, HEIGHT, 55):
        canvas.line([(690 - (y - 560) * 0.2, y), (760, y)], mix(TEAL, WHITE, 0.8), 5)
        canvas.line([(840, y + 20), (910 + (y - 560) * 0.2, y + 20)], mix(TEAL, WHITE, 0.8), 5)

    # The bridge: an arch with a missing plank in the middle.
    canvas.arc(600, 470, 1000, 760, 200, 262, YELLOW, 14)
    canvas.arc(600, 470, 1000, 760, 278, 340, YELLOW, 14)
    _house(canvas, 300, 560, 120, TEAL, RED, YELLOW)
    _house(canvas, 1150, 560, 120, mix(TEAL, (0, 0, 0), 0.2), mix(RED, TEAL, 0.4), mix(YELLOW, LIGHT, 0.5))
    for _ in range(3):
        _bird(canvas, rng.uniform(500, 1100), rng.uniform(250, 380), rng.uniform(12, 20), TEAL)
    return canvas.png()


def draw_circle_of_support(rng):
    """People standing in a ring around a small house: the agencies and neighbours who help someone back home."""
    canvas = Canvas(LIGHT)
    canvas.circle(800, 470, 330, mix(YELLOW, LIGHT, 0.55))
    canvas.circle(800, 470, 170, mix(YELLOW, LIGHT, 0.15))
    _house(canvas, 730, 530, 120, TEAL, RED, YELLOW)
    colours = [TEAL, RED, mix(TEAL, LIGHT, 0.35), YELLOW, mix(RED, YELLOW, 0.4), mix(TEAL, (0, 0, 0), 0.25)]
    people = 10
    for index in range(people):
        angle = 2 * math.pi * index / people - math.pi / 2
        x = 800 + 420 * math.cos(angle)
        y = 470 + 330 * math.sin(angle)
        colour = colours[index % len(colours)]
        canvas.rectangle(x - 34, y - 10, x + 34, y + 90, colour, radius=30)
        canvas.circle(x, y - 40, 30, mix(colour, LIGHT, 0.25))
    for _ in range(6):
        canvas.circle(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT), rng.uniform(6, 14), mix(TEAL, LIGHT, 0.7))
    return canvas.png()


@functools.cache
def _render(draw, key, seed):
    # Cached: the result depends only on its arguments, and tests seed the demo many times in one process.
    # A random generator per image (not shared), so adding an image never changes the others.
    return draw(random.Random(f"{seed}:{key}"))  # noqa: S311  (decoration, not security)


@dataclass(frozen=True)
class Illustration:
    """One generated image: its stable key, file name, title and how it is drawn."""

    key: str
    filename: str
    title: str
    draw: object

    def render(self, seed):
        return _render(self.draw, self.key, seed)


ILLUSTRATIONS = [
    Illustration("road_home", "demo-con-duong-ve-nha.png", "Minh họa: con đường về nhà", draw_road_home),
    Illustration("phone", "demo-dien-thoai-tin-nhan.png", "Minh họa: điện thoại và tin nhắn", draw_phone_messages),
    Illustration("suitcase", "demo-va-li-hanh-trinh.png", "Minh họa: va li và hành trình", draw_suitcase_journey),
    Illustration("river", "demo-hai-ngoi-nha-ben-song.png", "Minh họa: hai ngôi nhà bên sông", draw_river_homes),
    Illustration("support", "demo-vong-tron-ho-tro.png", "Minh họa: vòng tròn hỗ trợ", draw_circle_of_support),
]
