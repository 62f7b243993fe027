# A __set_name__ that rebinds another class attribute (the loop works on a
# copy of the namespace); source text with CR or CRLF line endings reads
# them as "\n", in triple-quoted strings too; eval/exec take any buffer;
# `in` on bytes takes a memoryview or an array.
import array


class S:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("set_name", self.tag, name)
        owner.b = 0


class T:
    a = S("first")
    b = S("second")


print("done", T.b)

exec("s = '''a\r\nb'''\r\nprint(repr(s))\r\n")
exec("t = '''c\rd'''\rprint(repr(t))\r")
print(repr(eval("'''x\r\ny'''")), compile("x = 1\r\ny = 2\r\n", "<crlf>", "exec").co_names)
print(eval(bytearray(b"1 + 1")), eval(memoryview(b"2 * 3")))
exec(memoryview(b"print('from a memoryview')"))
print(array.array("b", [1, 2]) in b"\x01\x02\x03", memoryview(b"\x02") in bytearray(b"\x01\x02"),
      2 in b"\x02", array.array("b", [9]) in b"\x01")
