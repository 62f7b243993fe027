//! Snapshot tests: `dis` listings of small programs, compared with text
//! kept here. Each listing was checked by hand against CPython 3.11's
//! `python3 -m dis` (same instruction sequence modulo ouro's instruction set:
//! block-stack exception handling, no PUSH_NULL/PRECALL/RESUME, indices
//! instead of byte offsets, and the fused forms CPython's specializing
//! interpreter makes at run time — `COMPARE_OP_JUMP`, `LOAD_FAST_LOAD_FAST`
//! and friends — made here at compile time, the second instruction of a
//! pair still listed after it) and by running it in the reference
//! interpreter.
//! On a mismatch the test prints the new listing in full.

use ouro_compiler::{compile_module, dis};

fn check(source: &str, expected: &str) {
    let code = compile_module(source, "x.py").unwrap_or_else(|e| panic!("{e}"));
    let listing = dis(&code);
    if listing.trim_end() != expected.trim_end() {
        panic!("dis listing changed; new listing:\n{listing}");
    }
}

/// Names, folded arithmetic, a keyword call and a method call.
#[test]
fn module_names_calls_and_methods() {
    check(
        r#"x = 1
y = x + 2 * 3
print(x, y, sep=", ")
s = "a".upper()
"#,
        r#"  1           0 LOAD_CONST               0 (1)
              1 STORE_NAME               0 (x)

  2           2 LOAD_NAME                0 (x)
              3 LOAD_CONST               1 (6)
              4 BINARY_OP                0 (+)
              5 STORE_NAME               1 (y)

  3           6 LOAD_NAME                2 (print)
              7 LOAD_NAME                0 (x)
              8 LOAD_NAME                1 (y)
              9 LOAD_CONST               2 (', ')
             10 LOAD_CONST               3 (('sep',))
             11 CALL_KW                  3
             12 POP_TOP

  4          13 LOAD_CONST               4 ('a')
             14 LOAD_METHOD              3 (upper)
             15 CALL_METHOD              0
             16 STORE_NAME               4 (s)
             17 LOAD_CONST               5 (None)
             18 RETURN_VALUE

"#,
    );
}

/// for/else with break and continue; a while loop whose test is repeated at the bottom.
#[test]
fn loops_with_else_break_and_continue() {
    check(
        r#"for i in range(3):
    if i == 1:
        continue
    elif i > 1:
        break
else:
    i = -1
while i < 10 and not done:
    i += 1
"#,
        r#"  1           0 LOAD_NAME                0 (range)
              1 LOAD_CONST               0 (3)
              2 CALL                     1
              3 GET_ITER
        >>    4 FOR_ITER                18 (to 18)
              5 STORE_NAME               1 (i)

  2           6 LOAD_NAME                1 (i)
              7 LOAD_CONST               1 (1)
              8 COMPARE_OP_JUMP          2 (==)
              9 POP_JUMP_IF_FALSE       11 (to 11)

  3          10 JUMP_FOR_ITER            4 (to 4)

  4     >>   11 LOAD_NAME                1 (i)
             12 LOAD_CONST               1 (1)
             13 COMPARE_OP_JUMP          4 (>)
             14 POP_JUMP_IF_FALSE       17 (to 17)

  5          15 POP_TOP
             16 JUMP                    20 (to 20)
        >>   17 JUMP_FOR_ITER            4 (to 4)

  7     >>   18 LOAD_CONST               2 (-1)
             19 STORE_NAME               1 (i)

  8     >>   20 LOAD_NAME                1 (i)
             21 LOAD_CONST               3 (10)
             22 COMPARE_OP_JUMP          0 (<)
             23 POP_JUMP_IF_FALSE       36 (to 36)
             24 LOAD_NAME                2 (done)
             25 POP_JUMP_IF_TRUE        36 (to 36)

  9     >>   26 LOAD_NAME                1 (i)
             27 LOAD_CONST               1 (1)
             28 BINARY_OP               13 (+=)
             29 STORE_NAME               1 (i)

  8          30 LOAD_NAME                1 (i)
             31 LOAD_CONST               3 (10)
             32 COMPARE_OP_JUMP          0 (<)
             33 POP_JUMP_IF_FALSE       36 (to 36)
             34 LOAD_NAME                2 (done)
             35 POP_JUMP_IF_FALSE       26 (to 26)
        >>   36 LOAD_CONST               4 (None)
             37 RETURN_VALUE

"#,
    );
}

/// Defaults and keyword-only defaults, a docstring as co_consts[0], cells passed to a closure.
#[test]
fn function_defaults_docstring_and_closure() {
    check(
        r#"def outer(a, b=1, *args, key=None, **kw):
    "Doc."
    def inner():
        return a + len(args)
    return inner
"#,
        r#"  1           0 LOAD_CONST               0 ((1,))
              1 LOAD_CONST               1 ('key')
              2 LOAD_CONST               2 (None)
              3 BUILD_MAP                1
              4 LOAD_CONST               3 (<code object outer, file "x.py", line 1>)
              5 MAKE_FUNCTION            3 (defaults, kwdefaults)
              6 STORE_NAME               0 (outer)
              7 LOAD_CONST               2 (None)
              8 RETURN_VALUE

Disassembly of <code object outer, file "x.py", line 1>:
  3           0 LOAD_CLOSURE             0 (a)
              1 LOAD_CLOSURE             1 (args)
              2 BUILD_TUPLE              2
              3 LOAD_CONST               1 (<code object inner, file "x.py", line 3>)
              4 MAKE_FUNCTION            8 (closure)
              5 STORE_FAST               5 (inner)

  5           6 LOAD_FAST                5 (inner)
              7 RETURN_VALUE

Disassembly of <code object inner, file "x.py", line 3>:
  4           0 LOAD_DEREF               0 (a)
              1 LOAD_GLOBAL              0 (len)
              2 LOAD_DEREF               1 (args)
              3 CALL                     1
              4 BINARY_OP                0 (+)
              5 RETURN_VALUE

"#,
    );
}

/// A class body storing __module__/__qualname__/__doc__, the __class__ cell for super(), name mangling.
#[test]
fn class_with_super_and_private_name() {
    check(
        r#"class Point(Base):
    """A point."""
    def __init__(self, x):
        super().__init__()
        self.__x = x
"#,
        r#"  1           0 LOAD_BUILD_CLASS
              1 LOAD_CONST               0 (<code object Point, file "x.py", line 1>)
              2 MAKE_FUNCTION            0
              3 LOAD_CONST               1 ('Point')
              4 LOAD_NAME                0 (Base)
              5 CALL                     3
              6 STORE_NAME               1 (Point)
              7 LOAD_CONST               2 (None)
              8 RETURN_VALUE

Disassembly of <code object Point, file "x.py", line 1>:
  1           0 LOAD_NAME                0 (__name__)
              1 STORE_NAME               1 (__module__)
              2 LOAD_CONST               0 ('Point')
              3 STORE_NAME               2 (__qualname__)

  2           4 LOAD_CONST               1 ('A point.')
              5 STORE_NAME               3 (__doc__)

  3           6 LOAD_CLOSURE             0 (__class__)
              7 BUILD_TUPLE              1
              8 LOAD_CONST               2 (<code object __init__, file "x.py", line 3>)
              9 MAKE_FUNCTION            8 (closure)
             10 STORE_NAME               4 (__init__)
             11 LOAD_CLOSURE             0 (__class__)
             12 COPY                     1
             13 STORE_NAME               5 (__classcell__)
             14 RETURN_VALUE

Disassembly of <code object __init__, file "x.py", line 3>:
  4           0 LOAD_GLOBAL              0 (super)
              1 CALL                     0
              2 LOAD_METHOD              1 (__init__)
              3 CALL_METHOD              0
              4 POP_TOP

  5           5 LOAD_FAST                1 (x)
              6 LOAD_FAST_STORE_ATTR     0 (self)
              7 STORE_ATTR               2 (_Point__x)
              8 LOAD_CONST               0 (None)
              9 RETURN_VALUE

"#,
    );
}

/// Handlers on the block stack: `as` cleanup, unwinding a return through the handler and the finally body.
#[test]
fn try_except_finally_with_return_in_handler() {
    check(
        r#"def f():
    try:
        g()
    except (KeyError, IndexError) as e:
        return e
    except Exception:
        pass
    finally:
        cleanup()
"#,
        r#"  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
              1 MAKE_FUNCTION            0
              2 STORE_NAME               0 (f)
              3 LOAD_CONST               1 (None)
              4 RETURN_VALUE

Disassembly of <code object f, file "x.py", line 1>:
  2           0 SETUP_FINALLY           49 (to 49)
              1 SETUP_FINALLY            7 (to 7)

  3           2 LOAD_GLOBAL              0 (g)
              3 CALL                     0
              4 POP_TOP
              5 POP_BLOCK
              6 JUMP                    44 (to 44)
        >>    7 SETUP_FINALLY           41 (to 41)
              8 PUSH_EXC_INFO

  4           9 LOAD_GLOBAL              1 (KeyError)
             10 LOAD_GLOBAL              2 (IndexError)
             11 BUILD_TUPLE              2
             12 CHECK_EXC_MATCH
             13 POP_JUMP_IF_FALSE       33 (to 33)
             14 STORE_FAST               0 (e)
             15 SETUP_FINALLY           29 (to 29)

  5          16 LOAD_FAST                0 (e)
             17 POP_BLOCK
             18 SWAP                     2
             19 POP_BLOCK
             20 POP_EXCEPT
             21 LOAD_CONST               0 (None)
             22 STORE_FAST               0 (e)
             23 DELETE_FAST              0 (e)
             24 POP_BLOCK

  9          25 LOAD_GLOBAL              3 (cleanup)
             26 CALL                     0
             27 POP_TOP
             28 RETURN_VALUE
        >>   29 LOAD_CONST               0 (None)
             30 STORE_FAST               0 (e)
             31 DELETE_FAST              0 (e)
             32 RERAISE

  6     >>   33 LOAD_GLOBAL              4 (Exception)
             34 CHECK_EXC_MATCH
             35 POP_JUMP_IF_FALSE       40 (to 40)
             36 POP_TOP

  7          37 POP_BLOCK
             38 POP_EXCEPT
             39 JUMP                    44 (to 44)
        >>   40 RERAISE
        >>   41 SWAP                     2
             42 POP_EXCEPT
             43 RERAISE
        >>   44 POP_BLOCK

  9          45 LOAD_GLOBAL              3 (cleanup)
             46 CALL                     0
             47 POP_TOP
             48 JUMP                    58 (to 58)

  2     >>   49 SETUP_FINALLY           55 (to 55)
             50 PUSH_EXC_INFO

  9          51 LOAD_GLOBAL              3 (cleanup)
             52 CALL                     0
             53 POP_TOP
             54 RERAISE
        >>   55 SWAP                     2
             56 POP_EXCEPT
             57 RERAISE
        >>   58 LOAD_CONST               0 (None)
             59 RETURN_VALUE

"#,
    );
}

/// A list comprehension as a nested function taking `.0`, with two loops, a filter and a captured variable.
#[test]
fn nested_comprehension_with_capture() {
    check(
        r#"def f(rows, k):
    return [x * k for row in rows for x in row if x]
"#,
        r#"  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
              1 MAKE_FUNCTION            0
              2 STORE_NAME               0 (f)
              3 LOAD_CONST               1 (None)
              4 RETURN_VALUE

Disassembly of <code object f, file "x.py", line 1>:
  2           0 LOAD_CLOSURE             0 (k)
              1 BUILD_TUPLE              1
              2 LOAD_CONST               1 (<code object <listcomp>, file "x.py", line 2>)
              3 MAKE_FUNCTION            8 (closure)
              4 LOAD_FAST                0 (rows)
              5 GET_ITER
              6 CALL                     1
              7 RETURN_VALUE

Disassembly of <code object <listcomp>, file "x.py", line 2>:
  2           0 BUILD_LIST               0
              1 LOAD_FAST                0 (.0)
        >>    2 FOR_ITER_STORE_FAST     16 (to 16)
              3 STORE_FAST               1 (row)
              4 LOAD_FAST                1 (row)
              5 GET_ITER
        >>    6 FOR_ITER_STORE_FAST     15 (to 15)
              7 STORE_FAST               2 (x)
              8 LOAD_FAST                2 (x)
              9 POP_JUMP_IF_FALSE       14 (to 14)
             10 LOAD_FAST                2 (x)
             11 LOAD_DEREF               0 (k)
             12 BINARY_OP                5 (*)
             13 LIST_APPEND              3
        >>   14 JUMP_FOR_ITER            6 (to 6)
        >>   15 JUMP_FOR_ITER            2 (to 2)
        >>   16 RETURN_VALUE

"#,
    );
}

/// Starred unpacking, augmented attribute/subscript assignment, chained assignment, del, chained comparison.
#[test]
fn assignment_forms() {
    check(
        r#"a, *b, c = t
o.attr += 1
d[k] += 1
x = y = z
del d[k], o.attr
v = a < b < c
"#,
        r#"  1           0 LOAD_NAME                0 (t)
              1 UNPACK_EX              257
              2 STORE_NAME               1 (a)
              3 STORE_NAME               2 (b)
              4 STORE_NAME               3 (c)

  2           5 LOAD_NAME                4 (o)
              6 COPY                     1
              7 LOAD_ATTR                5 (attr)
              8 LOAD_CONST               0 (1)
              9 BINARY_OP               13 (+=)
             10 SWAP                     2
             11 STORE_ATTR               5 (attr)

  3          12 LOAD_NAME                6 (d)
             13 LOAD_NAME                7 (k)
             14 COPY                     2
             15 COPY                     2
             16 BINARY_SUBSCR
             17 LOAD_CONST               0 (1)
             18 BINARY_OP               13 (+=)
             19 SWAP                     3
             20 SWAP                     2
             21 STORE_SUBSCR

  4          22 LOAD_NAME                8 (z)
             23 COPY                     1
             24 STORE_NAME               9 (x)
             25 STORE_NAME              10 (y)

  5          26 LOAD_NAME                6 (d)
             27 LOAD_NAME                7 (k)
             28 DELETE_SUBSCR
             29 LOAD_NAME                4 (o)
             30 DELETE_ATTR              5 (attr)

  6          31 LOAD_NAME                1 (a)
             32 LOAD_NAME                2 (b)
             33 SWAP                     2
             34 COPY                     2
             35 COMPARE_OP               0 (<)
             36 JUMP_IF_FALSE_OR_POP    40 (to 40)
             37 LOAD_NAME                3 (c)
             38 COMPARE_OP               0 (<)
             39 JUMP                    42 (to 42)
        >>   40 SWAP                     2
             41 POP_TOP
        >>   42 STORE_NAME              11 (v)
             43 LOAD_CONST               1 (None)
             44 RETURN_VALUE

"#,
    );
}

/// f(*a, x, k=1, **kw), an f-string with a nested format spec and `=`, import forms.
#[test]
fn star_calls_fstrings_and_imports() {
    check(
        r#"f(*args, x, key=1, **kw)
msg = f"{name!r:>{width}} and {value=}"
import os.path as p
from m import a as b, c
"#,
        r#"  1           0 LOAD_NAME                0 (f)
              1 BUILD_LIST               0
              2 LOAD_NAME                1 (args)
              3 LIST_EXTEND              1
              4 LOAD_NAME                2 (x)
              5 LIST_APPEND              1
              6 LIST_TO_TUPLE
              7 LOAD_CONST               0 ('key')
              8 LOAD_CONST               1 (1)
              9 BUILD_MAP                1
             10 LOAD_NAME                3 (kw)
             11 DICT_MERGE               1
             12 CALL_FUNCTION_EX         1
             13 POP_TOP

  2          14 LOAD_NAME                4 (name)
             15 LOAD_CONST               2 ('>')
             16 LOAD_NAME                5 (width)
             17 FORMAT_VALUE             0
             18 BUILD_STRING             2
             19 FORMAT_VALUE             6 (repr, with format)
             20 LOAD_CONST               3 (' and value=')
             21 LOAD_NAME                6 (value)
             22 FORMAT_VALUE             2 (repr)
             23 BUILD_STRING             3
             24 STORE_NAME               7 (msg)

  3          25 LOAD_CONST               4 (0)
             26 LOAD_CONST               5 (None)
             27 IMPORT_NAME              8 (os.path)
             28 IMPORT_FROM              9 (path)
             29 STORE_NAME              10 (p)
             30 POP_TOP

  4          31 LOAD_CONST               4 (0)
             32 LOAD_CONST               6 (('a', 'c'))
             33 IMPORT_NAME             11 (m)
             34 IMPORT_FROM             12 (a)
             35 STORE_NAME              13 (b)
             36 IMPORT_FROM             14 (c)
             37 STORE_NAME              14 (c)
             38 POP_TOP
             39 LOAD_CONST               5 (None)
             40 RETURN_VALUE

"#,
    );
}
