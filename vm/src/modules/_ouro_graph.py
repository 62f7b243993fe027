"""Pictures of the heap, named and used as objgraph's functions are.

Reached as attributes of `_ouro` (its PEP 562 `__getattr__`):

    _ouro.show_refs(obj, filename='refs.dot')      what obj refers to
    _ouro.show_backrefs(obj, filename='back.svg')  what refers to obj
    _ouro.show_growth()                            types whose count grew
    _ouro.show_most_common_types()
    _ouro.most_common_types(), _ouro.typestats(), _ouro.count('Node')

The graphs are Graphviz DOT: each node shows its type, a short repr and,
under the collectors that keep counts, its reference count (not counting
the references this module itself holds while drawing); an edge that lies
on a reference cycle is drawn red and bold. A filename ending in .svg (or
.png, .pdf) also gets the picture when Graphviz's `dot` is on PATH; the
module says so when it is not.
"""

import gc
import sys
import _ouro

__all__ = [
    'count', 'typestats', 'most_common_types', 'show_most_common_types',
    'growth', 'show_growth', 'show_refs', 'show_backrefs',
]

_COUNTED = _ouro.collector in ('refcount', 'generational')


def _typename(obj, shortnames=True):
    t = type(obj)
    name = t.__name__
    if shortnames:
        return name
    module = getattr(t, '__module__', None)
    if module in (None, 'builtins'):
        return name
    return module + '.' + name


def typestats(objects=None, shortnames=True, filter=None):
    """How many objects of each type the collector tracks: {name: count}."""
    if objects is None:
        objects = gc.get_objects()
    stats = {}
    for o in objects:
        if filter is not None and not filter(o):
            continue
        name = _typename(o, shortnames)
        stats[name] = stats.get(name, 0) + 1
    return stats


def count(typename, objects=None):
    """How many tracked objects have the type named `typename` (a dotted
    name compares with the module's name too)."""
    if objects is None:
        objects = gc.get_objects()
    short = '.' not in typename
    return sum(1 for o in objects if _typename(o, short) == typename)


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """[(type name, count), ...], the most numerous first."""
    stats = sorted(typestats(objects, shortnames, filter).items(),
                   key=lambda kv: kv[1], reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None,
                           filter=None):
    stats = most_common_types(limit, objects, shortnames, filter)
    if not stats:
        return
    if file is None:
        file = sys.stdout
    width = max(len(name) for name, _ in stats)
    for name, n in stats:
        file.write('%-*s %i\n' % (width, name, n))


_peak_stats = {}


def growth(limit=10, peak_stats=None, shortnames=True, filter=None):
    """After a full collection, the types whose count is above its peak so
    far: [(name, count, increase), ...], the largest increase first."""
    if peak_stats is None:
        peak_stats = _peak_stats
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    deltas = {}
    for name, n in stats.items():
        old = peak_stats.get(name, 0)
        if n > old:
            deltas[name] = n - old
            peak_stats[name] = n
    deltas = sorted(deltas.items(), key=lambda kv: kv[1], reverse=True)
    if limit:
        deltas = deltas[:limit]
    return [(name, stats[name], d) for name, d in deltas]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None,
                filter=None):
    """Print `growth()`: name, count, increase, one type a line."""
    result = growth(limit, peak_stats, shortnames, filter)
    if result:
        if file is None:
            file = sys.stdout
        width = max(len(name) for name, _, _ in result)
        for name, n, d in result:
            file.write('%-*s%9d %+9d\n' % (width, name, n, d))


# --- graphs ---------------------------------------------------------------

_TYPE = type
_MODULE = type(sys)
_FUNCTIONS = (type(_typename), type(len))


def _short_repr(obj):
    if isinstance(obj, (_TYPE, _MODULE) + _FUNCTIONS):
        return getattr(obj, '__qualname__', None) or obj.__name__
    if type(obj) in (tuple, list, dict, set, frozenset):
        n = len(obj)
        return '%d item%s' % (n, '' if n == 1 else 's')
    try:
        r = repr(obj)
    except Exception:
        r = '<repr failed>'
    if len(r) > 40:
        r = r[:37] + '...'
    return r


def _quote(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def _edge_label(src, dst):
    """The name `src` holds `dst` by, when it has one."""
    if isinstance(src, dict):
        for k, v in src.items():
            if v is dst:
                return k if type(k) is str else _short_repr(k)
            if k is dst:
                return '(key)'
        return ''
    if type(src) in (list, tuple):
        for i, v in enumerate(src):
            if v is dst:
                return '[%d]' % i
        return ''
    if isinstance(src, _TYPE):
        return '__mro__' if isinstance(dst, tuple) and dst == src.__mro__ else ''
    if isinstance(src, _FUNCTIONS):
        if dst is getattr(src, '__globals__', None):
            return '__globals__'
        if dst is getattr(src, '__closure__', None):
            return '__closure__'
        if dst is getattr(src, '__defaults__', None):
            return '__defaults__'
        return ''
    if dst is type(src):
        return '__class__'
    # An attribute, found without making the instance's __dict__.
    return _ouro.edge_name(src, dst) or ''


def _stops(obj):
    """Objects a graph shows but does not go past: modules, classes and
    functions (their insides are the interpreter's, not the program's)."""
    return isinstance(obj, (_TYPE, _MODULE) + _FUNCTIONS)


def _cycle_components(n, edges):
    """Tarjan's strongly connected components of nodes 0..n-1; the
    component of each node."""
    succ = [[] for _ in range(n)]
    for a, b, _ in edges:
        succ[a].append(b)
    index = [None] * n
    low = [0] * n
    on_stack = [False] * n
    comp = [None] * n
    stack = []
    counter = 0
    ncomp = 0
    for root in range(n):
        if index[root] is not None:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack[v] = True
            recurse = False
            while i < len(succ[v]):
                w = succ[v][i]
                i += 1
                if index[w] is None:
                    work.append((v, i))
                    work.append((w, 0))
                    recurse = True
                    break
                if on_stack[w]:
                    low[v] = min(low[v], index[w])
            if recurse:
                continue
            if low[v] == index[v]:
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    comp[w] = ncomp
                    if w == v:
                        break
                ncomp += 1
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
    return comp


def _show_graph(objs, backwards, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, kind,
                probe=False):
    wrapped = not isinstance(objs, (list, tuple))
    if wrapped:
        objs = [objs]
    if refcounts is None:
        refcounts = _COUNTED
    if backwards and _ouro.collector == 'marksweep':
        # Garbage not yet swept still refers to things: sweep it first.
        gc.collect()
    nodes = []
    index = {}
    depth = []
    edges = []
    skipped = {}
    ignore = set(id(x) for x in extra_ignore)
    ignore.update((id(objs), id(nodes), id(index), id(depth), id(edges),
                   id(skipped), id(ignore), id(extra_ignore)))
    for o in objs:
        index[id(o)] = len(nodes)
        nodes.append(o)
        depth.append(0)
    o = None
    i = 0
    while i < len(nodes):
        target = nodes[i]
        d = depth[i]
        if d < max_depth and not (i >= len(objs) and _stops(target)):
            if backwards:
                neighbours = gc.get_referrers(target)
            else:
                neighbours = gc.get_referents(target)
            ignore.add(id(neighbours))
            shown = 0
            other = None
            for other in neighbours:
                if id(other) in ignore:
                    continue
                if filter is not None and not filter(other):
                    continue
                if shown >= too_many:
                    skipped[i] = skipped.get(i, 0) + 1
                    continue
                shown += 1
                j = index.get(id(other))
                if j is None:
                    j = len(nodes)
                    index[id(other)] = j
                    nodes.append(other)
                    depth.append(d + 1)
                # (Labelled after the walk: finding a label makes garbage,
                # which a later `get_referrers` would find.)
                edges.append((j, i) if backwards else (i, j))
            del neighbours, other
        i += 1
    target = None
    if probe:
        # See `_root_extra`: measured as the labels below measure.
        return sys.getrefcount(nodes[0]) - 2
    edges = [(a, b, _edge_label(nodes[a], nodes[b])) for a, b in edges]
    comp = _cycle_components(len(nodes), edges)
    in_cycle = set()
    for a, b, _ in edges:
        if comp[a] == comp[b]:
            in_cycle.add((a, b))
    lines = ['digraph ObjectGraph {',
             '  node[shape=box, style=filled, fillcolor=white, fontname="Helvetica"];',
             '  edge[fontname="Helvetica", fontsize=10];']
    extra = _root_extra() if refcounts and wrapped else 0
    for i in range(len(nodes)):
        label = _typename(nodes[i], shortnames) + '\n' + _short_repr(nodes[i])
        if refcounts:
            # `nodes` and the call's argument are this module's own, and
            # for an object passed alone, the call's references to it.
            label += '\nrefcount %d' % (sys.getrefcount(nodes[i]) - 2
                                        - (extra if i < len(objs) else 0))
        if extra_info is not None:
            info = extra_info(nodes[i])
            if info:
                label += '\n' + str(info)
        if i < len(objs) or (highlight is not None and highlight(nodes[i])):
            colour = '#ffe08a'
        elif _stops(nodes[i]):
            colour = '#d8e8ff'
        else:
            shade = 1.0 - 0.5 * depth[i] / max(max_depth, 1)
            colour = '0,0,%.3f' % shade
        attrs = 'label=%s, fillcolor="%s"' % (_quote(label), colour)
        lines.append('  o%d[%s];' % (id(nodes[i]), attrs))
        if i in skipped:
            lines.append('  o%d_more[label="%d more %s", shape=plaintext, style=""];'
                         % (id(nodes[i]), skipped[i], 'referrers' if backwards else 'references'))
            if backwards:
                lines.append('  o%d_more -> o%d [style=dotted];' % (id(nodes[i]), id(nodes[i])))
            else:
                lines.append('  o%d -> o%d_more [style=dotted];' % (id(nodes[i]), id(nodes[i])))
    for a, b, label in edges:
        attrs = []
        if label:
            attrs.append('label=%s' % _quote(label))
        if (a, b) in in_cycle:
            attrs.append('color=red, penwidth=2, fontcolor=red')
        lines.append('  o%d -> o%d%s;' % (id(nodes[a]), id(nodes[b]),
                                        ' [%s]' % ', '.join(attrs) if attrs else ''))
    lines.append('}')
    text = '\n'.join(lines) + '\n'
    n = len(nodes)
    del nodes, index, objs
    if not filename:
        filename = 'objgraph-%s.dot' % kind
    if filename.endswith('.dot'):
        dot_filename = filename
    else:
        dot_filename = filename.rsplit('.', 1)[0] + '.dot'
    with open(dot_filename, 'w') as f:
        f.write(text)
    print('Graph written to %s (%d nodes)' % (dot_filename, n))
    if dot_filename != filename:
        fmt = filename.rsplit('.', 1)[-1]
        status = _ouro.render_dot(dot_filename, filename, fmt)
        if status is None:
            print('Image renderer (dot) not found, not doing anything else '
                  '(install Graphviz to turn %s into %s)' % (dot_filename, filename))
        elif status != 0:
            print('dot failed (exit code %d) while rendering %s' % (status, filename))
        else:
            print('Image generated as %s' % filename)


_extra = []


def _probe(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
           highlight=None, filename=None, extra_info=None, refcounts=None,
           shortnames=True):
    # Called as `show_refs` is, so its frame holds what show_refs's does.
    return _show_graph(objs, False, 0, extra_ignore, filter, too_many,
                       highlight, filename, extra_info, refcounts, shortnames,
                       'refs', True)


def _root_extra():
    """The references a call of show_refs/show_backrefs itself holds to an
    object passed alone (its argument, the parameters, the wrapping list),
    beyond the two every node has: measured once on an object only a local
    name refers to."""
    if not _extra:
        probe = object()
        _extra.append(_probe(probe) - 1)
    return _extra[0]


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
              highlight=None, filename=None, extra_info=None, refcounts=None,
              shortnames=True):
    """Draw what `objs` (an object or a list of them) refer to, `max_depth`
    references deep; classes, modules and functions are shown but not
    entered. Writes `filename` (DOT; .svg, .png or .pdf also renders it
    with Graphviz when `dot` is on PATH)."""
    _show_graph(objs, False, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, 'refs')


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None,
                  too_many=10, highlight=None, filename=None, extra_info=None,
                  refcounts=None, shortnames=True):
    """Draw what refers to `objs`: every path that keeps them alive, up to
    `max_depth` references back (a module ends a path)."""
    _show_graph(objs, True, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames,
                'backrefs')
