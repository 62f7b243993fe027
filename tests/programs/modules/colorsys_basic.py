# colorsys: round trips and exact float results of every conversion.
import colorsys

print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.__all__)
steps = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 0.75, 0.9, 1.0]
colors = [(r, g, b) for r in steps[::2] for g in steps[1::3] for b in steps[::4]]
colors += [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (1, 1, 1),
           (0, 0, 0), (0.2, 0.4, 0.4), (0.9, 0.9, 0.1), (0.5, 0.5, 0.5)]
for c in colors:
    yiq = colorsys.rgb_to_yiq(*c)
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    print(c)
    print("  yiq", yiq, colorsys.yiq_to_rgb(*yiq))
    print("  hls", hls, colorsys.hls_to_rgb(*hls))
    print("  hsv", hsv, colorsys.hsv_to_rgb(*hsv))

for h in [i / 12 for i in range(13)] + [-0.25, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.6), colorsys.hls_to_rgb(h, 0.3, 0.7),
          colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.hsv_to_rgb(0.5, 0.0, 0.3), colorsys.hls_to_rgb(0.5, 0.4, 0.0))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 1.0))
print(colorsys.yiq_to_rgb(0.5, 0.2, -0.3))
print(colorsys.rgb_to_hls(0.9, 0.6, 0.8), colorsys.rgb_to_hls(1.0, 0.99, 0.98))

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
