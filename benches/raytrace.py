"""Raytrace workload: a small recursive ray tracer (spheres and a
checkerboard plane, point lights, Lambert and Phong shading, shadows and
mirror reflections) rendering a scene into an RGB pixel buffer that is
reduced to a checksum; in the spirit of pyperformance's `raytrace`
benchmark. Float arithmetic through a Vector class with operator
overloading, many short-lived objects, method dispatch over shapes."""

import math
import sys

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def times(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5)))
                     for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.7, specular=0.3, shininess=20,
                 reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kwargs):
        Material.__init__(self, a, **kwargs)
        self.other = b
        self.size = size

    def color_at(self, point):
        ix = math.floor(point.x / self.size)
        iz = math.floor(point.z / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        d = math.sqrt(disc)
        t = v - d
        if t > EPSILON:
            return t
        t = v + d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, eye, look_at, fov):
        self.objects = []
        self.lights = []
        self.eye = eye
        self.look_at = look_at
        self.fov = fov
        self.ambient = Color(0.1, 0.1, 0.1)
        self.max_depth = 4

    def closest_hit(self, ray):
        best_t = math.inf
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.magnitude()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        obj, t = self.closest_hit(ray)
        if obj is None:
            # A vertical sky gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6 * k, 0.7 * k, 0.9 * k + 0.1)
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.times(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            color = color + base.times(light.color).scale(
                lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + light.color.scale(
                    material.specular * spec ** material.shininess)
        if material.reflect > 0.0 and depth < self.max_depth:
            bounce = Ray(point, ray.direction.reflect_through(normal))
            color = color + self.trace(bounce, depth + 1).scale(
                material.reflect)
        return color

    def render(self, width, height):
        forward = (self.look_at - self.eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward)
        half_h = math.tan(math.radians(self.fov) / 2.0)
        half_w = half_h * width / height
        pixels = []
        for y in range(height):
            sy = (1.0 - 2.0 * (y + 0.5) / height) * half_h
            row = []
            for x in range(width):
                sx = (2.0 * (x + 0.5) / width - 1.0) * half_w
                direction = forward + right * sx + up * sy
                row.append(self.trace(Ray(self.eye, direction)).to_bytes())
            pixels.append(row)
        return pixels


def build_scene():
    scene = Scene(Vector(0.0, 4.0, 9.0), Vector(0.0, 2.0, 0.0), 45.0)
    scene.objects.append(Sphere(Vector(0.0, 3.0, 0.0), 1.0,
                                Material(Color(0.9, 0.2, 0.2), reflect=0.3)))
    scene.objects.append(Sphere(Vector(-2.5, 3.5, -1.5), 1.5,
                                Material(Color(0.2, 0.8, 0.3),
                                         shininess=40, reflect=0.5)))
    scene.objects.append(Sphere(Vector(2.0, 1.2, 1.0), 0.8,
                                Material(Color(0.3, 0.3, 0.9),
                                         specular=0.6, reflect=0.2)))
    scene.objects.append(Plane(ZERO, UP,
                               Checker(Color(0.95, 0.95, 0.95),
                                       Color(0.1, 0.1, 0.1), 1.5,
                                       diffuse=0.8, reflect=0.25)))
    scene.lights.append(Light(Vector(-10.0, 12.0, 10.0), Color(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(8.0, 6.0, 5.0), Color(0.3, 0.3, 0.4)))
    return scene


def checksum(pixels):
    total = 0
    for y, row in enumerate(pixels):
        for x, (r, g, b) in enumerate(row):
            total = (total * 31 + r * 65536 + g * 256 + b + x + y) % 1000000007
    return total


def main(width, height):
    scene = build_scene()
    pixels = scene.render(width, height)
    flat = [c for row in pixels for px in row for c in px]
    print("%dx%d pixels" % (width, height))
    print("mean channel %.6f" % (sum(flat) / len(flat)))
    print("centre pixel %r" % (pixels[height // 2][width // 2],))
    print("checksum %d" % checksum(pixels))


if __name__ == "__main__":
    # Small by default (the test corpus runs it); time it with e.g. `100 100`.
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    height = int(sys.argv[2]) if len(sys.argv) > 2 else width
    main(width, height)

# corpus: skip-stress marksweep (a full collection at every allocation is quadratic at this size)
# bench-args: 150 (about a second under python3, for `ouro bench`)
