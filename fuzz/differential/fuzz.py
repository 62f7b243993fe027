#!/usr/bin/env python3
"""Differential fuzzer: random structured Python programs, CPython vs ouro.

Usage:
  python3 fuzz.py --binary /path/to/ouro --seconds 600 [--seed S] [--out DIR] [--stress]
  python3 fuzz.py --binary /path/to/ouro --minimize FILE [--stress] [--out DIR]
  python3 fuzz.py --gen SEED            # print the program for one seed
See README.md.
"""
import argparse
import ast
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time

PY_TIMEOUT = 10
OURO_TIMEOUT = 30

# ---------------------------------------------------------------------------
# Program generator
# ---------------------------------------------------------------------------

PRELUDE = '''\
import gc
import copy
G = []
D = {}
S = set()
KEEP = []

def hs(x, d=0):
    if d > 4:
        return False
    t = type(x)
    if t is set or t is frozenset:
        return True
    if t is list or t is tuple:
        for y in list(x):
            if hs(y, d + 1):
                return True
    if t is dict:
        for k, y in list(x.items()):
            if hs(k, d + 1) or hs(y, d + 1):
                return True
    return False

def sh(x, d=0):
    t = type(x)
    if d > 4:
        return '...'
    if t is set or t is frozenset:
        return t.__name__ + '{' + ', '.join(sorted([sh(y, d + 1) for y in x])) + '}'
    if t is list:
        return '[' + ', '.join([sh(y, d + 1) for y in x]) + ']'
    if t is tuple:
        return '(' + ', '.join([sh(y, d + 1) for y in x]) + ')'
    if t is dict:
        return '{' + ', '.join([sh(k, d + 1) + ': ' + sh(y, d + 1) for k, y in list(x.items())]) + '}'
    return repr(x)

def show(x):
    if hs(x):
        return sh(x)
    return repr(x)

def out(*a):
    print(*[show(x) for x in a])
'''

DUNDERS = ['__eq__', '__hash__', '__lt__', '__index__', '__len__', '__iter__',
           '__getitem__', '__repr__', '__str__', '__format__', '__bool__',
           '__contains__', '__getattr__', '__del__', '__add__', '__setitem__',
           '__delitem__', '__call__']

NVARS = 8


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.nclasses = 0
        self.classes = []      # (name, set of dunders)
        self.funcs = []
        self.novars = False

    # -- helpers -------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def emit(self, line, ind=0):
        self.lines.append('    ' * ind + line)

    def var(self):
        if self.novars:
            return self.ch(['G', '1', "'ab'", '[]'])
        return 'v%d' % self.r.randrange(NVARS)

    def cls(self):
        return self.ch(self.classes)[0]

    # -- side effects inside dunders ------------------------------------------
    def effect(self):
        r = self.r
        return self.ch([
            'G.clear()', 'G.append(self)', 'G.pop()', 'del G[:]', 'G.insert(0, self)',
            'D.clear()', 'D[self.v] = self', 'D.pop(self.v, None)', 'S.clear()',
            'KEEP.append(self)', 'self.ref = self', 'self.other = G', 'G.append(G)',
            'for i in range(3): pass', 'for i in range(%d): G.append(i)' % r.randrange(1, 4),
            'raise ValueError("x")', 'gc.collect()', 'G.extend(KEEP)', 'KEEP.clear()',
            'del v%d' % r.randrange(NVARS),
            'v%d = None' % r.randrange(NVARS),
            'G[:] = [self, self]', 'D[len(D)] = G', 'G.reverse()', 'G.sort(key=str)',
            'self.v = self.v + 1', 'del self.ref',
        ])

    def effects(self, ind, prob=0.5):
        out = []
        while self.p(prob) and len(out) < 3:
            e = self.effect()
            if 'raise' in e and self.p(0.6):
                e = 'if len(G) > %d: %s' % (self.r.randrange(4), e)
            out.append(e)
        if any(re.search(r'\bv\d', e) for e in out):
            self.emit('global ' + ', '.join('v%d' % i for i in range(NVARS)), ind)
        for e in out:
            self.emit(e, ind)

    # -- classes ---------------------------------------------------------------
    def gen_class(self):
        name = 'C%d' % self.nclasses
        self.nclasses += 1
        ds = set(self.r.sample(DUNDERS, self.r.randrange(2, 9)))
        if self.p(0.8):
            ds.add('__repr__')
        if '__iter__' in ds:
            ds.add('__next__')
        self.classes.append((name, ds))
        self.emit('class %s:' % name)
        if self.p(0.2):
            self.emit('cnt = 0', 1)
        self.emit('def __init__(self, v=0):', 1)
        self.emit('self.v = v if type(v) is int else %d' % self.r.randrange(-2, 6), 2)
        self.emit('self.n = 0', 2)
        if self.p(0.2):
            self.emit('G.append(self)', 2)
        for d in sorted(ds):
            self.gen_dunder(d)
        self.emit('')

    def gen_dunder(self, d):
        r = self.r
        if d == '__getattr__':
            self.emit('def __getattr__(self, name):', 1)
            self.emit("if name.startswith('__'): raise AttributeError(name)", 2)
            self.effects(2, 0.3)
            self.emit(self.ch(['return 7', 'return name', 'raise AttributeError(name)',
                               'return self.v', 'return G']), 2)
            return
        sig = {
            '__eq__': '(self, o)', '__lt__': '(self, o)', '__add__': '(self, o)',
            '__contains__': '(self, x)', '__getitem__': '(self, i)', '__format__': '(self, spec)',
            '__setitem__': '(self, i, x)', '__delitem__': '(self, i)', '__call__': '(self, *a)',
        }.get(d, '(self)')
        self.emit('def %s%s:' % (d, sig), 1)
        self.effects(2, 0.45 if d != '__del__' else 0.7)
        ret = {
            '__eq__': ['return self.v == getattr(o, "v", o)', 'return NotImplemented',
                       'return type(o) is type(self) and o.v == self.v', 'return 1', 'return self'],
            '__hash__': ['return self.v', 'return hash(self.v)', 'return %d' % r.randrange(3),
                         'return "x"', 'return self.v * 1000003'],
            '__lt__': ['return self.v < getattr(o, "v", 0)', 'return NotImplemented',
                       'return self.v > getattr(o, "v", 0)', 'return G'],
            '__index__': ['return self.v', 'return self.v - 2', 'return len(G)', 'return 1.5',
                          'return True'],
            '__len__': ['return self.v % 4', 'return len(G)', 'return -1', 'return self',
                        'return 2 ** 70'],
            '__iter__': ['self.n = 0\n        return self', 'return iter(G)',
                         'return iter([self.v, self])', 'return iter(list(G))', 'return 5'],
            '__next__': ['self.n += 1\n        if self.n > %d: raise StopIteration\n        return self.n' % r.randrange(0, 5),
                         'self.n += 1\n        if self.n > 2 or not G: raise StopIteration\n        return G.pop()'],
            '__getitem__': ['if i >= 3: raise IndexError(i)\n        return i * self.v',
                            'return G[i]', 'return D[i]', 'return (i, self.v)',
                            'if isinstance(i, slice): return [i.start, i.stop]\n        if i > 2: raise IndexError\n        return self'],
            '__setitem__': ['G.append(x)', 'D[i] = x', 'self.v = i if type(i) is int else 0'],
            '__delitem__': ['G.clear()', 'del G[i]', 'D.pop(i)'],
            '__repr__': ['return "%s(%%r)" %% self.v' % self.classes[-1][0],
                         'return "%s<" + str(self.v) + ">"' % self.classes[-1][0],
                         'return 5', 'return "R" + str(len(G))'],
            '__str__': ['return "s%d" % self.v', 'return repr(self)', 'return None'],
            '__format__': ['return format(self.v, spec)', 'return "F" + spec',
                           'return str(self)', 'return 3'],
            '__bool__': ['return self.v % 2 == 0', 'return bool(G)', 'return 1'],
            '__contains__': ['return x == self.v', 'return x in G', 'return G'],
            '__del__': ['pass', 'KEEP.append(self)', 'G.append(self.v)'],
            '__add__': ['return self.v + getattr(o, "v", 0)', 'return NotImplemented',
                        'return type(self)(self.v + 1)', 'return [self, o]'],
            '__call__': ['return len(a)', 'return a', 'return self'],
        }[d]
        rv = self.ch(ret)
        if '__repr__' == d and self.p(0.9):
            rv = ret[self.r.randrange(2)]
        for l in rv.split('\n'):
            self.emit(l.strip(), 2)

    # -- values ---------------------------------------------------------------
    def atom(self, depth=0):
        r = self.r
        k = r.randrange(20)
        if k == 0:
            return str(r.choice([0, 1, -1, 2, 3, 7, 255, 2 ** 31, -2 ** 63, 2 ** 64 + 1, 10 ** 20]))
        if k == 1:
            return repr(r.choice([0.0, -0.5, 1.5, 1e300, float('inf'), 3.25]))
        if k == 2:
            return repr(r.choice(['', 'a', 'abc', 'héllo', 'a,b,c', '{}', '%s', 'x' * 20, 'AbC d']))
        if k == 3:
            return repr(r.choice([b'', b'ab', b'\x00\xff']))
        if k == 4:
            return r.choice(['None', 'True', 'False', 'G', 'D', 'KEEP', 'S'])
        if k in (5, 6, 7, 8):
            return '%s(%s)' % (self.cls(), self.small())
        if k in (9, 10, 11):
            return self.var()
        if depth > 1:
            return self.small()
        if k == 12:
            return '[%s]' % ', '.join(self.atom(depth + 1) for _ in range(r.randrange(4)))
        if k == 13:
            n = r.randrange(4)
            return '(%s)' % (', '.join(self.atom(depth + 1) for _ in range(n)) + (',' if n == 1 else ''))
        if k == 14:
            return '{%s}' % ', '.join('%s: %s' % (self.key(), self.atom(depth + 1)) for _ in range(r.randrange(3)))
        if k == 15:
            return 'set([%s])' % ', '.join(self.key() for _ in range(r.randrange(4)))
        if k == 16:
            return 'range(%d, %d)' % (r.randrange(-2, 3), r.randrange(0, 6))
        if k == 17:
            return 'slice(%s, %s)' % (self.idx(), self.idx())
        if k == 18:
            return 'frozenset([%s])' % ', '.join(self.key() for _ in range(r.randrange(3)))
        return '[%s() for _ in range(%d)]' % (self.cls(), r.randrange(3))

    def key(self):
        k = self.r.randrange(5)
        if k == 0:
            return '%s(%d)' % (self.cls(), self.r.randrange(4))
        if k == 1:
            return repr(self.ch(['a', 'b', '']))
        if k == 2:
            return self.var()
        return str(self.r.randrange(-1, 5))

    def small(self):
        return self.ch([str(self.r.randrange(-2, 6)), self.var(), 'len(G)'])

    def idx(self):
        k = self.r.randrange(6)
        if k < 3:
            return str(self.r.randrange(-3, 5))
        if k == 3:
            return '%s(%d)' % (self.cls(), self.r.randrange(-2, 4))
        if k == 4:
            return 'None'
        return self.var()

    def expr(self):
        r = self.r
        a, b = self.var(), self.var()
        k = r.randrange(40)
        if k < 4:
            return self.atom()
        if k == 4:
            return '%s[%s]' % (a, self.idx())
        if k == 5:
            return '%s[%s:%s]' % (a, self.idx(), self.idx())
        if k == 6:
            return '%s[%s:%s:%s]' % (a, self.idx(), self.idx(), self.ch(['-1', '2', self.idx()]))
        if k == 7:
            return '%s %s %s' % (a, self.ch(['==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'is']), b)
        if k == 8:
            return '%s %s %s' % (a, self.ch(['+', '*', '-', '%', '//', '&', '|', '^', '<<']), b)
        if k == 9:
            return '"%s %r" % (' + a + ', ' + b + ')'
        if k == 10:
            return '"{} {!r} {:>4}".format(%s, %s, %s)' % (a, b, self.var())
        if k == 11:
            return 'f"{%s} {%s!r} {%s:%s}"' % (a, b, self.var(), self.ch(['', '>6', '<3', 'x', 'd', '.2f', '^5', 's']))
        if k == 12:
            f = self.ch(['len', 'sorted', 'min', 'max', 'sum', 'repr', 'str', 'bool', 'list',
                         'tuple', 'set', 'dict', 'iter', 'abs', 'int', 'float', 'reversed',
                         'enumerate', 'copy.copy', 'copy.deepcopy', 'any', 'all', 'frozenset', 'bytes',
                         'callable', 'type', 'ascii', 'chr', 'ord', 'bin', 'hex', 'divmod', 'round'])
            if f in ('iter', 'reversed', 'enumerate'):
                return 'list(%s(%s))' % (f, a)
            if f == 'divmod':
                return 'divmod(%s, %s)' % (a, b)
            return '%s(%s)' % (f, a)
        if k == 13:
            return 'hash(%s) == hash(%s)' % (a, a)
        if k == 14:
            return 'format(%s, %r)' % (a, self.ch(['', '>5', 'd', 's', '^7', '+']))
        if k == 15:
            return 'isinstance(%s, %s)' % (a, self.ch(['int', 'list', 'str', self.cls(), '(int, %s)' % self.cls()]))
        if k == 16:
            return 'getattr(%s, %r, %s)' % (a, self.ch(['v', 'n', 'ref', 'zz', 'append', '__len__']), self.ch(['None', '0']))
        if k == 17:
            return 'list(zip(%s, %s))' % (a, b)
        if k == 18:
            return 'list(map(%s, %s))' % (self.ch(['str', 'repr', 'bool', 'len', 'type', self.cls()]), a)
        if k == 19:
            return 'list(filter(%s, %s))' % (self.ch(['None', 'bool', 'callable', self.cls()]), a)
        if k == 20:
            return 'sorted(%s, key=%s)' % (a, self.ch(['str', 'repr', 'len', 'bool', 'hash']))
        if k == 21:
            return 'min(%s, %s)' % (a, b) if self.p(0.5) else 'max(%s, %s, default=0)' % (a, self.atom())
        if k == 22:
            return '[%s for x in %s if %s]' % (self.ch(['x', 'str(x)', 'repr(x)', '(x, len(G))', 'x == x']), a,
                                              self.ch(['x', 'True', 'x in G', 'G.append(x) or True', 'not x']))
        if k == 23:
            return '{%s: x for x in %s}' % (self.ch(['x', 'str(x)', 'repr(x)']), a)
        if k == 24:
            return '{x for x in %s}' % a
        if k == 25:
            return self.method_call(a)
        if k == 26:
            return '%s(%s)' % (self.cls(), self.small())
        if k == 27:
            return 'next(iter(%s), %s)' % (a, self.ch(['None', '-1']))
        if k == 28:
            return '%s in %s' % (self.atom(), a)
        if k == 29:
            return '(%s, %s) == (%s, %s)' % (a, b, b, a)
        if k == 30:
            return '[%s] * %s' % (a, self.idx())
        if k == 31:
            return '%s if %s else %s' % (a, b, self.var())
        if k == 32 and self.funcs:
            return '%s(%s, %s)' % (self.ch(self.funcs), a, b)
        if k == 33:
            return '%s.%s' % (a, self.ch(['v', 'n', 'ref', 'other', 'zz']))
        if k == 34:
            return 'not %s' % a
        if k == 35:
            return 'str(%s) + repr(%s)' % (a, b)
        if k == 36:
            return '(gc.collect(), %s)[1]' % a
        if k == 37:
            return '%s(%s)' % (a, self.ch(['', b, '1, 2']))
        if k == 38:
            return '[*%s, *%s]' % (a, b)
        return '{**%s, %s: %s}' % (a, self.key(), b) if self.p(0.5) else '(*%s,)' % a

    def method_call(self, a):
        r = self.r
        m = self.ch([
            'append(%s)' % self.atom(), 'pop()', 'pop(%s)' % self.idx(), 'insert(%s, %s)' % (self.idx(), self.atom()),
            'extend(%s)' % self.var(), 'remove(%s)' % self.atom(), 'index(%s)' % self.atom(),
            'count(%s)' % self.atom(), 'sort()', 'sort(key=%s)' % self.ch(['str', 'repr', 'len']),
            'reverse()', 'copy()', 'clear()', 'get(%s)' % self.key(), 'setdefault(%s, %s)' % (self.key(), self.atom()),
            'update(%s)' % self.var(), 'items()', 'keys()', 'values()', 'pop(%s, None)' % self.key(),
            'popitem()', 'add(%s)' % self.key(), 'discard(%s)' % self.key(), 'union(%s)' % self.var(),
            'intersection(%s)' % self.var(), 'difference(%s)' % self.var(), 'issubset(%s)' % self.var(),
            'join(%s)' % self.var(), 'split(%s)' % self.ch(['', '","', 'None, 1']), 'replace("a", %s)' % self.var(),
            'format(%s, %s)' % (self.var(), self.var()), 'upper()', 'strip()', 'startswith(%s)' % self.var(),
            'find(%s)' % self.var(), 'encode()', 'decode()', 'bit_length()', 'to_bytes(2, "big")',
            'fromkeys(%s)' % self.var(), '__len__()', '__eq__(%s)' % self.var(), '__repr__()',
            'isdisjoint(%s)' % self.var(), 'symmetric_difference_update(%s)' % self.var(),
            'zfill(%s)' % self.idx(), 'center(%s)' % self.idx(),
        ])
        return '%s.%s' % (a, m)

    # -- statements -------------------------------------------------------------
    def stmt_body(self, ind):
        """Emit one statement (unwrapped) at indentation ind."""
        r = self.r
        a, b = self.var(), self.var()
        k = r.randrange(30)
        if k < 7:
            self.emit('out(%s)' % self.expr(), ind)
        elif k < 11:
            self.emit('%s = %s' % (a, self.expr()), ind)
        elif k == 11:
            self.emit('del %s' % a, ind)
        elif k == 12:
            self.emit('%s[%s] = %s' % (a, self.idx(), self.atom()), ind)
        elif k == 13:
            self.emit('del %s[%s]' % (a, self.ch([self.idx(), self.idx() + ':' + self.idx()])), ind)
        elif k == 14:
            self.emit('%s[%s:%s] = %s' % (a, self.idx(), self.idx(), self.var()), ind)
        elif k == 15:
            self.emit(self.ch(['G', 'KEEP']) + '.' + self.ch(['append(%s)' % a, 'clear()', 'pop()', 'extend(%s)' % a,
                                                              'insert(0, %s)' % a, 'remove(%s)' % a]), ind)
        elif k == 16:
            self.emit('%s = %s' % (self.ch(['D[%s]' % self.key(), 'S.add(%s)' % self.key()]), a)
                      if False else self.ch(['D[%s] = %s' % (self.key(), a), 'S.add(%s)' % a,
                                              'del D[%s]' % self.key(), 'S.discard(%s)' % a]), ind)
        elif k == 17:
            self.emit('n = 0', ind)
            self.emit('for x in %s:' % self.ch([a, 'G', 'list(G)', 'D', a + '[:]', 'enumerate(%s)' % a]), ind)
            self.emit('n += 1', ind + 1)
            self.emit('if n > 6: break', ind + 1)
            self.emit('out(x)' if self.p(0.7) else 'out(n)', ind + 1)
            if self.p(0.5):
                self.emit(self.ch(['G.append(x)', 'G.pop()', 'del %s' % a, 'D.clear()', '%s = x' % b,
                                   'gc.collect()', 'continue']), ind + 1)
        elif k == 18:
            self.emit('%s, %s = %s' % (a, b, self.expr()), ind)
        elif k == 19:
            self.emit('%s, *%s = %s' % (a, b, self.var()), ind)
        elif k == 20:
            self.emit('setattr(%s, %r, %s)' % (a, self.ch(['v', 'n', 'ref', 'zz']), b), ind)
        elif k == 21:
            self.emit('delattr(%s, %r)' % (a, self.ch(['v', 'n', 'ref', 'zz'])), ind)
        elif k == 22:
            self.emit('gc.collect()', ind)
        elif k == 23:
            self.emit('%s %s= %s' % (a, self.ch(['+', '*', '-', '|', '&']), b), ind)
        elif k == 24:
            self.emit('%s.%s = %s' % (a, self.ch(['v', 'ref', 'other', 'zz']), self.ch([a, b, 'G', '[%s]' % a])), ind)
        elif k == 25:
            self.emit('if %s:' % self.expr(), ind)
            self.emit('out(%s)' % a, ind + 1)
            self.emit('else:', ind)
            self.emit('out(%s)' % b, ind + 1)
        elif k == 26:
            self.emit('while %s:' % a, ind)
            self.emit('out(%s.pop())' % a, ind + 1)
        elif k == 27:
            self.emit('out(len(G), len(D), len(S), len(KEEP))', ind)
        elif k == 28:
            self.emit('out(%s)' % self.method_call(a), ind)
        else:
            self.emit('%s = %s = %s' % (a, b, self.atom()), ind)

    def stmt(self, ind=0):
        self.emit('try:', ind)
        self.stmt_body(ind + 1)
        self.emit('except Exception as e:', ind)
        self.emit('print(type(e).__name__)', ind + 1)

    def gen_func(self):
        name = 'f%d' % len(self.funcs)
        self.emit('def %s(a, b):' % name)
        for _ in range(self.r.randrange(1, 4)):
            k = self.r.randrange(6)
            if k == 0:
                self.emit('G.append(a)', 1)
            elif k == 1:
                self.emit('a = [a, b]', 1)
            elif k == 2:
                self.emit('if len(G) > 3: raise KeyError(b)', 1)
            elif k == 3:
                self.emit('for i in range(3): pass', 1)
            elif k == 4:
                self.emit('del b', 1)
                self.emit('b = None', 1)
            else:
                self.emit('out(a)', 1)
        self.emit(self.ch(['return a', 'return (a, b)', 'return [b]', 'return a == b', 'return str(a)']), 1)
        self.emit('')
        self.funcs.append(name)

    def program(self):
        self.lines = PRELUDE.split('\n')
        if self.p(0.3):
            self.emit('gc.disable()')
        for _ in range(self.r.randrange(2, 5)):
            self.gen_class()
        for _ in range(self.r.randrange(0, 3)):
            self.gen_func()
        self.novars = True
        for i in range(NVARS):
            self.emit('v%d = None' % i)
        for i in range(NVARS):
            self.emit('try:')
            self.emit('v%d = %s' % (i, self.atom()), 1)
            self.emit('except Exception as e:')
            self.emit('print(type(e).__name__)', 1)
        self.novars = False
        for k in range(self.r.randrange(20, 45)):
            self.emit("print('#%d')" % k)
            self.stmt()
        self.emit('gc.collect()')
        self.emit('out(len(G), len(D), len(KEEP))')
        self.emit('del G, D, S, KEEP')
        for i in range(NVARS):
            self.emit('v%d = None' % i)
        self.emit('gc.collect()')
        self.emit("print('end')")
        return '\n'.join(self.lines) + '\n'


def generate(seed):
    return Gen(seed).program()


# ---------------------------------------------------------------------------
# Running and classification
# ---------------------------------------------------------------------------

ADDR = re.compile(r'0x[0-9a-fA-F]+')


def run(cmd, timeout, env=None):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), False
    except subprocess.TimeoutExpired as e:
        so = (e.stdout or b'').decode('utf-8', 'replace')
        se = (e.stderr or b'').decode('utf-8', 'replace')
        return None, so, se, True


def run_python(path):
    env = dict(os.environ, PYTHONHASHSEED='0')
    return run([sys.executable if 'python3' in sys.executable else 'python3', path], PY_TIMEOUT, env)


# The collector ouro runs under (--gc); under marksweep, output that depends
# on when __del__ runs differs on purpose, so crashes and verifier reports
# are what count there.
COLLECTOR = 'refcount'


def run_ouro(binary, path, stress):
    cmd = [binary, 'run', '--gc', COLLECTOR]
    if stress:
        cmd += ['--stress-gc', '--verify-heap']
    return run(cmd + [path], OURO_TIMEOUT)


def norm(s):
    return ADDR.sub('0xADDR', s)


PANIC = re.compile(r"panicked at ([^\n]*?\.rs:\d+)(?::\d+)?:?\s*\n?([^\n]*)")


def abstract_stmt(src, pout_lines, idx):
    """The generated statement that printed python's output line idx
    (found via the '#k' marker lines), abstracted for use in a signature."""
    k = None
    for l in pout_lines[:idx + 1][::-1]:
        if re.fullmatch(r'#\d+', l):
            k = l[1:]
            break
    if k is None or src is None:
        return '?'
    lines = src.split('\n')
    try:
        i = lines.index("print('#%s')" % k)
    except ValueError:
        return '?'
    body = []
    for l in lines[i + 2:]:
        if l.startswith('except'):
            break
        body.append(l.strip())
    t = ' ; '.join(body)
    t = re.sub(r"'[^']*'|\"[^\"]*\"", 'S', t)
    t = re.sub(r'\b([vC])\d+\b', r'\1', t)
    t = re.sub(r'-?\b\d+\b', 'N', t)
    return t[:90]


def classify(py, ou, src=None):
    """Returns (kind, signature) or None. py/ou are run() tuples."""
    prc, pout, perr, pto = py
    orc, oout, oerr, oto = ou
    if oto:
        return 'CRASH', 'timeout'
    m = PANIC.search(oerr)
    if m:
        loc = m.group(1).strip()
        msg = ADDR.sub('X', m.group(2).strip())
        msg = re.sub(r'\d+', 'N', msg)[:80]
        return 'CRASH', 'panic %s %s' % (loc, msg)
    if orc is not None and (orc < 0 or orc in (134, 139, 137, 136, 135)):
        last = oerr.strip().split('\n')[-1][:80] if oerr.strip() else ''
        return 'CRASH', 'signal %d %s' % (orc, ADDR.sub('X', last))
    for line in oerr.split('\n'):
        if 'verify-heap: mismatch' in line:
            l = ADDR.sub('X', line)
            m2 = re.search(r'stored refcount (\d+), counted (\d+)', l)
            if m2:
                s, c = int(m2.group(1)), int(m2.group(2))
                l = l[:m2.start()] + ('stored>counted' if s > c else 'stored<counted')
            l = re.sub(r'\d+', 'N', l)
            return 'VERIFY', l.strip()
    if orc == 70:
        return 'CRASH', 'exit70 ' + ADDR.sub('X', oerr.strip().split('\n')[-1][:80] if oerr.strip() else '')
    po, oo = norm(pout), norm(oout)
    if po != oo:
        pl, ol = po.split('\n'), oo.split('\n')
        for i in range(max(len(pl), len(ol))):
            a = pl[i] if i < len(pl) else '<EOF>'
            b = ol[i] if i < len(ol) else '<EOF>'
            if a != b:
                break
        sig = 'py=%s | ouro=%s' % (a[:70], b[:70])
        if src is not None:
            sig = '[%s] %s' % (abstract_stmt(src, pl, i), sig)
        if b == '<EOF>' and orc != prc:
            last = oerr.strip().split('\n')[-1][:100] if oerr.strip() else ''
            sig = 'py=%s | ouro stops rc=%s: %s' % (a[:50], orc, ADDR.sub('X', last))
        return 'DIFF', sig
    if prc != orc:
        last = oerr.strip().split('\n')[-1][:100] if oerr.strip() else ''
        return 'DIFF', 'exit py=%s ouro=%s %s' % (prc, orc, ADDR.sub('X', last))
    return None


def check_file(binary, path, stress_modes):
    """Run path; return (skip, list of (mode, kind, sig, py, ou))."""
    py = run_python(path)
    if py[3] or py[0] is None or py[0] < 0:
        return True, []
    res = []
    for st in stress_modes:
        ou = run_ouro(binary, path, st)
        with open(path) as f:
            src = f.read()
        c = classify(py, ou, src)
        if c:
            res.append(('stress' if st else 'plain', c[0], c[1], py, ou))
    return False, res


def sig_id(kind, sig):
    return kind + '-' + hashlib.sha1(sig.encode()).hexdigest()[:10]


def save_finding(outdir, mode, kind, sig, src, py, ou, seed):
    d = os.path.join(outdir, sig_id(kind, sig))
    meta_path = os.path.join(d, 'info.json')
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        meta['count'] += 1
        meta['seeds'] = (meta['seeds'] + [seed])[:50]
        new = False
        # keep the smallest program as the representative
        if len(src) < meta.get('size', 10 ** 9):
            meta['size'] = len(src)
            meta['seed'] = seed
            write_repr = True
        else:
            write_repr = False
    else:
        os.makedirs(d, exist_ok=True)
        meta = {'kind': kind, 'signature': sig, 'mode': mode, 'count': 1, 'seed': seed,
                'seeds': [seed], 'size': len(src)}
        new = True
        write_repr = True
    if write_repr:
        with open(os.path.join(d, 'prog.py'), 'w') as f:
            f.write(src)
        with open(os.path.join(d, 'python.out'), 'w') as f:
            f.write('rc=%s\n--- stdout\n%s--- stderr\n%s' % (py[0], py[1], py[2]))
        with open(os.path.join(d, 'ouro.out'), 'w') as f:
            f.write('rc=%s timeout=%s mode=%s\n--- stdout\n%s--- stderr\n%s' % (ou[0], ou[3], mode, ou[1], ou[2][-20000:]))
    with open(meta_path, 'w') as f:
        json.dump(meta, f, indent=1)
    return new


def fuzz(args):
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, 'work')
    os.makedirs(work, exist_ok=True)
    seed = args.seed if args.seed is not None else int(time.time())
    modes = [False, True] if args.stress else [False]
    t0 = time.time()
    n = skipped = 0
    stats = {}
    path = os.path.join(work, 'cur-%d.py' % os.getpid())
    while time.time() - t0 < args.seconds:
        src = generate(seed)
        with open(path, 'w') as f:
            f.write(src)
        skip, res = check_file(args.binary, path, modes)
        n += 1
        if skip:
            skipped += 1
        for mode, kind, sig, py, ou in res:
            key = (kind, sig)
            stats[key] = stats.get(key, 0) + 1
            if save_finding(args.out, mode, kind, sig, src, py, ou, seed):
                print('[%d] NEW %s (%s) seed=%d: %s' % (n, kind, mode, seed, sig), flush=True)
        seed += 1
        if n % 100 == 0:
            print('... %d programs, %d skipped, %d signatures, %.0fs' % (n, skipped, len(stats), time.time() - t0), flush=True)
    print('done: %d programs (%d skipped by python), next seed %d' % (n, skipped, seed))
    rows = sorted(stats.items(), key=lambda kv: (kv[0][0] != 'CRASH', kv[0][0] != 'VERIFY', -kv[1]))
    for (kind, sig), c in rows:
        print('%5d %-6s %s' % (c, kind, sig))
    with open(os.path.join(args.out, 'run-%d.json' % int(t0)), 'w') as f:
        json.dump({'programs': n, 'skipped': skipped, 'first_seed': args.seed, 'next_seed': seed,
                   'stress': args.stress, 'signatures': [[k, s, c] for (k, s), c in rows]}, f, indent=1)


# ---------------------------------------------------------------------------
# Minimiser
# ---------------------------------------------------------------------------

def stmt_ranges(src):
    """Line ranges (0-based, inclusive) of statements: top level first, then nested."""
    tree = ast.parse(src)
    top, nested = [], []

    def walk(body, depth):
        for s in body:
            (top if depth == 0 else nested).append((s.lineno - 1, s.end_lineno - 1))
            for field in ('body', 'orelse', 'finalbody', 'handlers'):
                sub = getattr(s, field, None)
                if isinstance(sub, list) and sub:
                    walk(sub, depth + 1)
    walk(tree.body, 0)
    return top, nested


def minimize(args):
    with open(args.minimize) as f:
        src = f.read()
    modes = [True] if args.stress else [False]
    tmp = os.path.join(args.out, 'work', 'min-%d.py' % os.getpid())
    os.makedirs(os.path.dirname(tmp), exist_ok=True)

    def sigs_of(text):
        with open(tmp, 'w') as f:
            f.write(text)
        try:
            compile(text, 'x', 'exec')
        except SyntaxError:
            return None
        skip, res = check_file(args.binary, tmp, modes)
        if skip:
            return None
        return set((k, s) for _, k, s, _, _ in res)

    base = sigs_of(src)
    if not base:
        print('no finding reproduces for', args.minimize)
        return
    if args.sig:
        target = [x for x in base if args.sig in x[1]]
        if not target:
            print('signature not found; have', base)
            return
        target = target[0]
    else:
        base_l = sorted(base, key=lambda ks: (ks[0] != 'CRASH', ks[0] != 'VERIFY'))
        target = base_l[0]
    print('target:', target, flush=True)
    global OURO_TIMEOUT
    if target[1] == 'timeout':
        OURO_TIMEOUT = 5   # python finishes in well under a second
    tests = [0]

    def ok(text):
        tests[0] += 1
        s = sigs_of(text)
        return s is not None and target in s

    lines = src.split('\n')

    def try_remove(lines, ranges):
        # ddmin-like chunk removal over the given ranges
        chunk = max(1, len(ranges) // 2)
        while chunk >= 1:
            i = 0
            changed = False
            while i < len(ranges):
                drop = set()
                for a, b in ranges[i:i + chunk]:
                    drop.update(range(a, b + 1))
                cand = [l for j, l in enumerate(lines) if j not in drop]
                if ok('\n'.join(cand)):
                    return cand, True
                i += chunk
            if chunk == 1:
                break
            chunk //= 2
        return lines, False

    progress = True
    while progress:
        progress = False
        for level in (0, 1):
            while True:
                top, nested = stmt_ranges('\n'.join(lines))
                ranges = top if level == 0 else nested
                # biggest first helps
                lines2, ch = try_remove(lines, ranges)
                if not ch:
                    break
                lines = lines2
                progress = True
                print('  %d lines (%d tests)' % (len(lines), tests[0]), flush=True)
        # unwrap try/except blocks: "try:\n    X\nexcept ...:\n    print(...)" -> X
        text = '\n'.join(lines)
        tree = ast.parse(text)
        for s in tree.body:
            if isinstance(s, ast.Try) and len(s.body) == 1:
                b = s.body[0]
                body = lines[b.lineno - 1:b.end_lineno]
                body = [l[4:] if l.startswith('    ') else l for l in body]
                cand = lines[:s.lineno - 1] + body + lines[s.end_lineno:]
                if ok('\n'.join(cand)):
                    lines = cand
                    progress = True
                    break
    text = '\n'.join(lines).strip('\n') + '\n'
    outp = args.minimize.rsplit('.py', 1)[0] + '.min.py'
    with open(outp, 'w') as f:
        f.write(text)
    print('minimised to %d lines after %d tests -> %s' % (len(lines), tests[0], outp))
    print(text)


def locate(args):
    """Print the top-level statement whose output first differs."""
    for path in args.locate:
        with open(path) as f:
            src = f.read()
        if "print('#0')" not in src:
            lines, k, outl = src.split('\n'), 0, []
            started = False
            for l in lines:
                if l.startswith('v0 = None'):
                    started = True
                if started and l == 'try:':
                    outl.append("print('#%d')" % k)
                    k += 1
                outl.append(l)
            src = '\n'.join(outl)
        tmp = os.path.join(args.out, 'work', 'loc-%d.py' % os.getpid())
        os.makedirs(os.path.dirname(tmp), exist_ok=True)
        with open(tmp, 'w') as f:
            f.write(src)
        py = run_python(tmp)
        ou = run_ouro(args.binary, tmp, args.stress)
        print(path, '->', classify(py, ou, src))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--binary', default='target/debug/ouro')
    ap.add_argument('--seconds', type=float, default=60)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out', default='/tmp/fuzz-findings')
    ap.add_argument('--stress', action='store_true', help='also run ouro with --stress-gc --verify-heap')
    ap.add_argument('--gc', default='refcount', choices=['refcount', 'generational', 'marksweep'],
                    help='the collector ouro runs under (default refcount)')
    ap.add_argument('--minimize', metavar='FILE')
    ap.add_argument('--sig', help='with --minimize: substring of the signature to preserve')
    ap.add_argument('--locate', nargs='+', metavar='FILE',
                    help='instrument FILEs and print the statement-level DIFF signature')
    ap.add_argument('--gen', type=int, metavar='SEED', help='print the program for SEED and exit')
    args = ap.parse_args()
    global COLLECTOR
    COLLECTOR = args.gc
    if args.gen is not None:
        sys.stdout.write(generate(args.gen))
        return
    if args.locate:
        locate(args)
    elif args.minimize:
        minimize(args)
    else:
        fuzz(args)


if __name__ == '__main__':
    main()
