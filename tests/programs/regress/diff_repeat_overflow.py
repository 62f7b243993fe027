# Found by the differential fuzzer: a repeat count past an index is
# OverflowError (PyNumber_AsSsize_t with OverflowError), a subscript IndexError.
for src in ['[1] * 2**70', '[1] * -2**70', '"a" * 2**70', 'x = [1]; x *= 2**70', '(1,) * 2**64', 'b"a" * 2**70', '[1][2**70]', 'bytearray(b"a") * 2**70', 'x = bytearray(b"a"); x *= 2**70']:
    try: exec(src)
    except Exception as e: print(src, type(e).__name__, e)
