"""Pure-Python implementation of the `pickle` module, compatible with
CPython 3.11.

Supported:
  * dumps/dump/loads/load, Pickler/Unpickler classes, protocols 0-5
    (DEFAULT_PROTOCOL = 4, HIGHEST_PROTOCOL = 5), framing for protocol >= 4.
  * Output bytes match CPython's C pickler for the common values: None,
    bool, int (any size), float, str, bytes, bytearray, list, tuple, dict,
    set, frozenset, shared and recursive structures (memo), classes and
    functions by reference (module + qualname), instances of user classes
    (__reduce_ex__, __reduce__, __getnewargs_ex__, __getnewargs__,
    __getstate__, __setstate__, slots), copyreg.dispatch_table and a
    per-pickler dispatch_table, reducer_override, persistent_id /
    persistent_load, copyreg extension codes, namedtuples, exceptions.
  * The default object reduction (object.__reduce_ex__ in CPython) is
    computed here when the type does not define its own.
  * The unpickler understands every opcode of protocols 0-5, including the
    Python 2 names (fix_imports) and the `encoding`/`errors` options for
    Python 2 str objects.
  * PickleBuffer (protocol 5 out-of-band buffers through buffer_callback /
    buffers) is supported for bytes-like data.

  * Builtin types that lack CPython's reduce methods in ouro (object's
    __reduce_ex__/__getstate__, __getnewargs__ of int/float/str/bytes/
    tuple/complex, set/frozenset/range/slice/exception __reduce__) are
    reduced here the way CPython reduces them, so subclasses of builtins
    pickle to the same bytes.
  * Batching and framing follow CPython's C pickler (e.g. the trailing
    empty MARK/SETITEMS batch of a dict whose size is a multiple of 1000).

Not supported / different:
  * No C accelerator; `fast` mode is accepted but memoization is kept.
  * Whether two equal strings share a memo entry depends on object
    identity, as in CPython; ouro interns fewer strings, so pickles of
    distinct-but-equal strings may differ (names of globals are shared
    like CPython's interned names).
  * Lone surrogates cannot be pickled faithfully: ouro strings cannot hold
    them.
  * Other modules' objects pickle with whatever reduction their ouro
    implementation provides (e.g. ouro's datetime reduces to field tuples,
    not CPython's byte-string state, so pickles of such objects differ).
  * No pickletools, no command line interface.
"""

import sys
from struct import pack, unpack
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A pickle stream is corrupt or an object could not be rebuilt."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for a buffer to be pickled out-of-band (protocol 5)."""

    def __init__(self, buffer):
        self._obj = buffer
        self._released = False

    def raw(self):
        if self._released:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return memoryview(bytes(self._obj))

    def release(self):
        self._released = True

    def _data(self):
        if self._released:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def _readonly(self):
        return not isinstance(self._obj, bytearray)


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 2 <-> 3 name tables (protocols 0-2, fix_imports=True).
_IMPORT_MAPPING = {
    'BaseHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server',
    'ConfigParser': 'configparser',
    'Cookie': 'http.cookies',
    'Dialog': 'tkinter.dialog',
    'DocXMLRPCServer': 'xmlrpc.server',
    'FileDialog': 'tkinter.filedialog',
    'HTMLParser': 'html.parser',
    'Queue': 'queue',
    'ScrolledText': 'tkinter.scrolledtext',
    'SimpleDialog': 'tkinter.simpledialog',
    'SimpleHTTPServer': 'http.server',
    'SimpleXMLRPCServer': 'xmlrpc.server',
    'SocketServer': 'socketserver',
    'StringIO': 'io',
    'Tix': 'tkinter.tix',
    'Tkconstants': 'tkinter.constants',
    'Tkdnd': 'tkinter.dnd',
    'Tkinter': 'tkinter',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    '__builtin__': 'builtins',
    '_abcoll': 'collections.abc',
    '_elementtree': 'xml.etree.ElementTree',
    '_winreg': 'winreg',
    'anydbm': 'dbm',
    'cPickle': 'pickle',
    'cStringIO': 'io',
    'commands': 'subprocess',
    'cookielib': 'http.cookiejar',
    'copy_reg': 'copyreg',
    'dbhash': 'dbm.bsd',
    'dbm': 'dbm.ndbm',
    'dumbdbm': 'dbm.dumb',
    'dummy_thread': '_dummy_thread',
    'gdbm': 'dbm.gnu',
    'htmlentitydefs': 'html.entities',
    'httplib': 'http.client',
    'markupbase': '_markupbase',
    'repr': 'reprlib',
    'robotparser': 'urllib.robotparser',
    'test.test_support': 'test.support',
    'thread': '_thread',
    'tkColorChooser': 'tkinter.colorchooser',
    'tkCommonDialog': 'tkinter.commondialog',
    'tkFileDialog': 'tkinter.filedialog',
    'tkFont': 'tkinter.font',
    'tkMessageBox': 'tkinter.messagebox',
    'tkSimpleDialog': 'tkinter.simpledialog',
    'ttk': 'tkinter.ttk',
    'urllib2': 'urllib.request',
    'urlparse': 'urllib.parse',
    'whichdb': 'dbm',
    'xmlrpclib': 'xmlrpc.client',
}
_NAME_MAPPING = {
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('exceptions', 'ArithmeticError'): ('builtins', 'ArithmeticError'),
    ('exceptions', 'AssertionError'): ('builtins', 'AssertionError'),
    ('exceptions', 'AttributeError'): ('builtins', 'AttributeError'),
    ('exceptions', 'BaseException'): ('builtins', 'BaseException'),
    ('exceptions', 'BufferError'): ('builtins', 'BufferError'),
    ('exceptions', 'BytesWarning'): ('builtins', 'BytesWarning'),
    ('exceptions', 'DeprecationWarning'): ('builtins', 'DeprecationWarning'),
    ('exceptions', 'EOFError'): ('builtins', 'EOFError'),
    ('exceptions', 'EnvironmentError'): ('builtins', 'EnvironmentError'),
    ('exceptions', 'Exception'): ('builtins', 'Exception'),
    ('exceptions', 'FloatingPointError'): ('builtins', 'FloatingPointError'),
    ('exceptions', 'FutureWarning'): ('builtins', 'FutureWarning'),
    ('exceptions', 'GeneratorExit'): ('builtins', 'GeneratorExit'),
    ('exceptions', 'IOError'): ('builtins', 'IOError'),
    ('exceptions', 'ImportError'): ('builtins', 'ImportError'),
    ('exceptions', 'ImportWarning'): ('builtins', 'ImportWarning'),
    ('exceptions', 'IndentationError'): ('builtins', 'IndentationError'),
    ('exceptions', 'IndexError'): ('builtins', 'IndexError'),
    ('exceptions', 'KeyError'): ('builtins', 'KeyError'),
    ('exceptions', 'KeyboardInterrupt'): ('builtins', 'KeyboardInterrupt'),
    ('exceptions', 'LookupError'): ('builtins', 'LookupError'),
    ('exceptions', 'MemoryError'): ('builtins', 'MemoryError'),
    ('exceptions', 'NameError'): ('builtins', 'NameError'),
    ('exceptions', 'NotImplementedError'): ('builtins', 'NotImplementedError'),
    ('exceptions', 'OSError'): ('builtins', 'OSError'),
    ('exceptions', 'OverflowError'): ('builtins', 'OverflowError'),
    ('exceptions', 'PendingDeprecationWarning'): ('builtins', 'PendingDeprecationWarning'),
    ('exceptions', 'ReferenceError'): ('builtins', 'ReferenceError'),
    ('exceptions', 'RuntimeError'): ('builtins', 'RuntimeError'),
    ('exceptions', 'RuntimeWarning'): ('builtins', 'RuntimeWarning'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('exceptions', 'StopIteration'): ('builtins', 'StopIteration'),
    ('exceptions', 'SyntaxError'): ('builtins', 'SyntaxError'),
    ('exceptions', 'SyntaxWarning'): ('builtins', 'SyntaxWarning'),
    ('exceptions', 'SystemError'): ('builtins', 'SystemError'),
    ('exceptions', 'SystemExit'): ('builtins', 'SystemExit'),
    ('exceptions', 'TabError'): ('builtins', 'TabError'),
    ('exceptions', 'TypeError'): ('builtins', 'TypeError'),
    ('exceptions', 'UnboundLocalError'): ('builtins', 'UnboundLocalError'),
    ('exceptions', 'UnicodeDecodeError'): ('builtins', 'UnicodeDecodeError'),
    ('exceptions', 'UnicodeEncodeError'): ('builtins', 'UnicodeEncodeError'),
    ('exceptions', 'UnicodeError'): ('builtins', 'UnicodeError'),
    ('exceptions', 'UnicodeTranslateError'): ('builtins', 'UnicodeTranslateError'),
    ('exceptions', 'UnicodeWarning'): ('builtins', 'UnicodeWarning'),
    ('exceptions', 'UserWarning'): ('builtins', 'UserWarning'),
    ('exceptions', 'ValueError'): ('builtins', 'ValueError'),
    ('exceptions', 'Warning'): ('builtins', 'Warning'),
    ('exceptions', 'ZeroDivisionError'): ('builtins', 'ZeroDivisionError'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('multiprocessing', 'AuthenticationError'): ('multiprocessing.context', 'AuthenticationError'),
    ('multiprocessing', 'BufferTooShort'): ('multiprocessing.context', 'BufferTooShort'),
    ('multiprocessing', 'ProcessError'): ('multiprocessing.context', 'ProcessError'),
    ('multiprocessing', 'TimeoutError'): ('multiprocessing.context', 'TimeoutError'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
    ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
}
_REVERSE_IMPORT_MAPPING = {
    '_bz2': 'bz2',
    '_dbm': 'dbm',
    '_dummy_thread': 'dummy_thread',
    '_functools': 'functools',
    '_gdbm': 'gdbm',
    '_markupbase': 'markupbase',
    '_pickle': 'pickle',
    '_thread': 'thread',
    'builtins': '__builtin__',
    'collections.abc': '_abcoll',
    'configparser': 'ConfigParser',
    'copyreg': 'copy_reg',
    'dbm': 'anydbm',
    'dbm.bsd': 'dbhash',
    'dbm.dumb': 'dumbdbm',
    'dbm.gnu': 'gdbm',
    'dbm.ndbm': 'dbm',
    'html.entities': 'htmlentitydefs',
    'html.parser': 'HTMLParser',
    'http.client': 'httplib',
    'http.cookiejar': 'cookielib',
    'http.cookies': 'Cookie',
    'http.server': 'BaseHTTPServer',
    'queue': 'Queue',
    'reprlib': 'repr',
    'socketserver': 'SocketServer',
    'subprocess': 'commands',
    'test.support': 'test.test_support',
    'tkinter': 'Tkinter',
    'tkinter.colorchooser': 'tkColorChooser',
    'tkinter.commondialog': 'tkCommonDialog',
    'tkinter.constants': 'Tkconstants',
    'tkinter.dialog': 'Dialog',
    'tkinter.dnd': 'Tkdnd',
    'tkinter.filedialog': 'tkFileDialog',
    'tkinter.font': 'tkFont',
    'tkinter.messagebox': 'tkMessageBox',
    'tkinter.scrolledtext': 'ScrolledText',
    'tkinter.simpledialog': 'tkSimpleDialog',
    'tkinter.tix': 'Tix',
    'tkinter.ttk': 'ttk',
    'urllib.parse': 'urlparse',
    'urllib.request': 'urllib2',
    'urllib.robotparser': 'robotparser',
    'winreg': '_winreg',
    'xmlrpc.client': 'xmlrpclib',
    'xmlrpc.server': 'SimpleXMLRPCServer',
}
_REVERSE_NAME_MAPPING = {
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
    ('builtins', 'ArithmeticError'): ('exceptions', 'ArithmeticError'),
    ('builtins', 'AssertionError'): ('exceptions', 'AssertionError'),
    ('builtins', 'AttributeError'): ('exceptions', 'AttributeError'),
    ('builtins', 'BaseException'): ('exceptions', 'BaseException'),
    ('builtins', 'BrokenPipeError'): ('exceptions', 'OSError'),
    ('builtins', 'BufferError'): ('exceptions', 'BufferError'),
    ('builtins', 'BytesWarning'): ('exceptions', 'BytesWarning'),
    ('builtins', 'ChildProcessError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionAbortedError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionRefusedError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionResetError'): ('exceptions', 'OSError'),
    ('builtins', 'DeprecationWarning'): ('exceptions', 'DeprecationWarning'),
    ('builtins', 'EOFError'): ('exceptions', 'EOFError'),
    ('builtins', 'EnvironmentError'): ('exceptions', 'EnvironmentError'),
    ('builtins', 'Exception'): ('exceptions', 'Exception'),
    ('builtins', 'FileExistsError'): ('exceptions', 'OSError'),
    ('builtins', 'FileNotFoundError'): ('exceptions', 'OSError'),
    ('builtins', 'FloatingPointError'): ('exceptions', 'FloatingPointError'),
    ('builtins', 'FutureWarning'): ('exceptions', 'FutureWarning'),
    ('builtins', 'GeneratorExit'): ('exceptions', 'GeneratorExit'),
    ('builtins', 'IOError'): ('exceptions', 'IOError'),
    ('builtins', 'ImportError'): ('exceptions', 'ImportError'),
    ('builtins', 'ImportWarning'): ('exceptions', 'ImportWarning'),
    ('builtins', 'IndentationError'): ('exceptions', 'IndentationError'),
    ('builtins', 'IndexError'): ('exceptions', 'IndexError'),
    ('builtins', 'InterruptedError'): ('exceptions', 'OSError'),
    ('builtins', 'IsADirectoryError'): ('exceptions', 'OSError'),
    ('builtins', 'KeyError'): ('exceptions', 'KeyError'),
    ('builtins', 'KeyboardInterrupt'): ('exceptions', 'KeyboardInterrupt'),
    ('builtins', 'LookupError'): ('exceptions', 'LookupError'),
    ('builtins', 'MemoryError'): ('exceptions', 'MemoryError'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
    ('builtins', 'NameError'): ('exceptions', 'NameError'),
    ('builtins', 'NotADirectoryError'): ('exceptions', 'OSError'),
    ('builtins', 'NotImplementedError'): ('exceptions', 'NotImplementedError'),
    ('builtins', 'OSError'): ('exceptions', 'OSError'),
    ('builtins', 'OverflowError'): ('exceptions', 'OverflowError'),
    ('builtins', 'PendingDeprecationWarning'): ('exceptions', 'PendingDeprecationWarning'),
    ('builtins', 'PermissionError'): ('exceptions', 'OSError'),
    ('builtins', 'ProcessLookupError'): ('exceptions', 'OSError'),
    ('builtins', 'ReferenceError'): ('exceptions', 'ReferenceError'),
    ('builtins', 'RuntimeError'): ('exceptions', 'RuntimeError'),
    ('builtins', 'RuntimeWarning'): ('exceptions', 'RuntimeWarning'),
    ('builtins', 'StopIteration'): ('exceptions', 'StopIteration'),
    ('builtins', 'SyntaxError'): ('exceptions', 'SyntaxError'),
    ('builtins', 'SyntaxWarning'): ('exceptions', 'SyntaxWarning'),
    ('builtins', 'SystemError'): ('exceptions', 'SystemError'),
    ('builtins', 'SystemExit'): ('exceptions', 'SystemExit'),
    ('builtins', 'TabError'): ('exceptions', 'TabError'),
    ('builtins', 'TimeoutError'): ('exceptions', 'OSError'),
    ('builtins', 'TypeError'): ('exceptions', 'TypeError'),
    ('builtins', 'UnboundLocalError'): ('exceptions', 'UnboundLocalError'),
    ('builtins', 'UnicodeDecodeError'): ('exceptions', 'UnicodeDecodeError'),
    ('builtins', 'UnicodeEncodeError'): ('exceptions', 'UnicodeEncodeError'),
    ('builtins', 'UnicodeError'): ('exceptions', 'UnicodeError'),
    ('builtins', 'UnicodeTranslateError'): ('exceptions', 'UnicodeTranslateError'),
    ('builtins', 'UnicodeWarning'): ('exceptions', 'UnicodeWarning'),
    ('builtins', 'UserWarning'): ('exceptions', 'UserWarning'),
    ('builtins', 'ValueError'): ('exceptions', 'ValueError'),
    ('builtins', 'Warning'): ('exceptions', 'Warning'),
    ('builtins', 'ZeroDivisionError'): ('exceptions', 'ZeroDivisionError'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('dbm', 'whichdb'): ('whichdb', 'whichdb'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('http.server', 'CGIHTTPRequestHandler'): ('CGIHTTPServer', 'CGIHTTPRequestHandler'),
    ('http.server', 'SimpleHTTPRequestHandler'): ('SimpleHTTPServer', 'SimpleHTTPRequestHandler'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('multiprocessing.connection', 'Connection'): ('_multiprocessing', 'Connection'),
    ('multiprocessing.context', 'AuthenticationError'): ('multiprocessing', 'AuthenticationError'),
    ('multiprocessing.context', 'BufferTooShort'): ('multiprocessing', 'BufferTooShort'),
    ('multiprocessing.context', 'Process'): ('multiprocessing.process', 'Process'),
    ('multiprocessing.context', 'ProcessError'): ('multiprocessing', 'ProcessError'),
    ('multiprocessing.context', 'TimeoutError'): ('multiprocessing', 'TimeoutError'),
    ('multiprocessing.popen_fork', 'Popen'): ('multiprocessing.forking', 'Popen'),
    ('socket', 'fromfd'): ('_socket', 'fromfd'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('tkinter.filedialog', 'FileDialog'): ('FileDialog', 'FileDialog'),
    ('tkinter.filedialog', 'LoadFileDialog'): ('FileDialog', 'LoadFileDialog'),
    ('tkinter.filedialog', 'SaveFileDialog'): ('FileDialog', 'SaveFileDialog'),
    ('tkinter.simpledialog', 'SimpleDialog'): ('SimpleDialog', 'SimpleDialog'),
    ('urllib.error', 'ContentTooShortError'): ('urllib', 'ContentTooShortError'),
    ('urllib.error', 'HTTPError'): ('urllib2', 'HTTPError'),
    ('urllib.error', 'URLError'): ('urllib2', 'URLError'),
    ('urllib.parse', 'quote'): ('urllib', 'quote'),
    ('urllib.parse', 'quote_plus'): ('urllib', 'quote_plus'),
    ('urllib.parse', 'unquote'): ('urllib', 'unquote'),
    ('urllib.parse', 'unquote_plus'): ('urllib', 'unquote_plus'),
    ('urllib.parse', 'urlencode'): ('urllib', 'urlencode'),
    ('urllib.request', 'getproxies'): ('urllib', 'getproxies'),
    ('urllib.request', 'pathname2url'): ('urllib', 'pathname2url'),
    ('urllib.request', 'url2pathname'): ('urllib', 'url2pathname'),
    ('urllib.request', 'urlcleanup'): ('urllib', 'urlcleanup'),
    ('urllib.request', 'urlopen'): ('urllib', 'urlopen'),
    ('urllib.request', 'urlretrieve'): ('urllib', 'urlretrieve'),
    ('xmlrpc.server', 'DocCGIXMLRPCRequestHandler'): ('DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler'),
    ('xmlrpc.server', 'DocXMLRPCRequestHandler'): ('DocXMLRPCServer', 'DocXMLRPCRequestHandler'),
    ('xmlrpc.server', 'DocXMLRPCServer'): ('DocXMLRPCServer', 'DocXMLRPCServer'),
    ('xmlrpc.server', 'ServerHTMLDoc'): ('DocXMLRPCServer', 'ServerHTMLDoc'),
    ('xmlrpc.server', 'XMLRPCDocGenerator'): ('DocXMLRPCServer', 'XMLRPCDocGenerator'),
}


# ---------------------------------------------------------------------------
# Small codecs used by the text opcodes (ouro has no `codecs` module).

def _raw_unicode_escape_encode(s):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _raw_unicode_escape_decode(data):
    parts = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            # Only an odd run of backslashes starts an escape.
            j = i
            while j > 0 and data[j - 1] == 0x5c:
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if data[i + 1] == 0x75 else 8
                hexpart = data[i + 2:i + 2 + width]
                if len(hexpart) != width:
                    raise UnpicklingError("truncated \\uXXXX escape")
                parts.append(chr(int(hexpart.decode('ascii'), 16)))
                i += 2 + width
                continue
        parts.append(chr(c))
        i += 1
    return ''.join(parts)


_SIMPLE_ESCAPES = {
    ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
    ord('a'): b'\x07', ord('b'): b'\x08', ord('f'): b'\x0c',
    ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t', ord('v'): b'\x0b',
}


def _escape_decode(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c]
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            k = 0
            while k < 2 and i < n and 0x30 <= data[i] <= 0x37:
                v = v * 8 + data[i] - 0x30
                i += 1
                k += 1
            out.append(v & 0xff)
        elif c == ord('x'):
            hx = data[i:i + 2]
            try:
                out.append(int(hx.decode('ascii'), 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """Stand-in for _codecs.encode, as used by protocol 0-2 bytes."""
    enc = encoding.lower().replace('-', '').replace('_', '')
    if enc in ('latin1', 'iso88591', 'l1', 'latin'):
        return obj.encode('latin-1', errors)
    return obj.encode(encoding, errors)


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------
# Name lookup helpers.

def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    return copyreg._slotnames(cls)


_NoValue = object()


def _lookup_special(cls, name):
    """The attribute `name` as found on the type (not the instance)."""
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            if klass is object:
                return None
            return d[name]
    return None


def _object_getstate(obj, required=False):
    """CPython's object.__getstate__ default: the instance dict (or None)
    plus a dict of slot values as a pair."""
    cls = type(obj)
    getstate = _lookup_special(cls, '__getstate__')
    if getstate is not None:
        return obj.__getstate__()
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _default_reduce_ex(obj, proto):
    """Equivalent of object.__reduce_ex__(proto) for a type without its own
    __reduce_ex__ / __reduce__."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        if d:
            return (cls, obj.args, dict(d))
        return (cls, obj.args)
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if isinstance(obj, (set, frozenset)):
        # set.__reduce__ / frozenset.__reduce__
        return (cls, (list(obj),), _object_getstate(obj, False))
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_old(obj, proto)


def _reduce_newobj(obj):
    cls = type(obj)
    args = None
    kwargs = None
    getnewargs_ex = _lookup_special(cls, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        res = obj.__getnewargs_ex__()
        if not isinstance(res, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(res).__name__)
        if len(res) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(res))
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = _lookup_special(cls, '__getnewargs__')
        if getnewargs is not None:
            args = obj.__getnewargs__()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                "not '%s'" % type(args).__name__)
        else:
            # __getnewargs__ of the builtin immutable types.
            for base in cls.__mro__:
                if base in (int, float, str, bytes, tuple):
                    args = (base(obj),)
                    break
                if base is complex:
                    args = (obj.real, obj.imag)
                    break
    hasargs = args is not None
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (cls,) + (args if args else ())
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    state = _object_getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


_REDUCE_BASES = (int, float, str, bytes, list, dict, tuple, set, frozenset,
                 bytearray, complex, bool)


def _reduce_old(obj, proto):
    # copyreg._reduce_ex, with object.__getstate__ done here.
    cls = type(obj)
    # The first non-heap (builtin) base; user classes are heap types.
    base = object
    for b in cls.__mro__:
        if b in _REDUCE_BASES:
            base = b
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    getstate = _lookup_special(cls, '__getstate__')
    if getstate is None:
        if getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
    d = _object_getstate(obj, False)
    if d:
        return copyreg._reconstructor, args, d
    return copyreg._reconstructor, args



# ---------------------------------------------------------------------------
# Pickling.

class _Framer:

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = bytearray()

    def end_framing(self):
        if self.current_frame is not None and len(self.current_frame):
            self.commit_frame(force=True)
        self.current_frame = None

    def commit_frame(self, force=False):
        f = self.current_frame
        if f is not None and (len(f) >= _FRAME_SIZE_TARGET or force):
            if len(f) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + pack("<Q", len(f)))
            self.file_write(bytes(f))
            self.current_frame = bytearray()

    def write(self, data):
        if self.current_frame is not None:
            self.current_frame += data
        else:
            self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame is not None:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(bytes(payload))


class Pickler:
    """Write pickled representations of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._check_pid = True

    def clear_memo(self):
        """Forget the objects pickled so far (the memo)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        # Skip the persistent_id call for every object when it is ours.
        pid = self.persistent_id
        self._check_pid = getattr(pid, '__func__', None) is not Pickler.persistent_id
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    # Memo ----------------------------------------------------------------

    def memoize(self, obj):
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # Dispatch ------------------------------------------------------------

    def persistent_id(self, obj):
        return None

    def _get_dispatch_table(self):
        table = getattr(self, 'dispatch_table', None)
        if table is None:
            return dispatch_table
        return table

    def save(self, obj, save_persistent_id=True):
        framer = self.framer
        frame = framer.current_frame
        if frame is not None and len(frame) >= _FRAME_SIZE_TARGET:
            framer.commit_frame()

        if save_persistent_id and self._check_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return

        rv = NotImplemented
        reduce_override = getattr(self, "reducer_override", None)
        if reduce_override is not None:
            rv = reduce_override(obj)

        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            reduce = self._get_dispatch_table().get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(t, type) and issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce_via_methods(obj, t)

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        l = len(rv)
        if not (2 <= l <= 6):
            raise PicklingError("Tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def _reduce_via_methods(self, obj, t):
        reduce_ex = _lookup_special(t, '__reduce_ex__')
        if reduce_ex is not None:
            return obj.__reduce_ex__(self.proto)
        reduce = _lookup_special(t, '__reduce__')
        if reduce is not None:
            return obj.__reduce__()
        if obj is ...:
            return 'Ellipsis'
        if obj is NotImplemented:
            return 'NotImplemented'
        if isinstance(obj, _SPECIAL_REDUCE):
            return _default_reduce_ex(obj, self.proto)
        if t is _BuiltinFunctionType:
            owner = getattr(obj, '__self__', None)
            if owner is None or type(owner).__name__ == 'module':
                return obj.__name__
            return (getattr, (owner, obj.__name__))
        if getattr(t, '__module__', None) == 'builtins':
            raise TypeError("cannot pickle %r object" % t.__name__)
        return _default_reduce_ex(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)

        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # Atomic types --------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if obj >= 0:
                    if obj <= 0xff:
                        self.write(BININT1 + pack("<B", obj))
                        return
                    if obj <= 0xffff:
                        self.write(BININT2 + pack("<H", obj))
                        return
                self.write(BININT + pack("<i", obj))
                return
            self.write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + data)
            else:
                self.write(LONG4 + pack("<i", n) + data)
            return
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)

    def _write_large_bytes(self, header, payload):
        if self.framer.current_frame is not None:
            self.framer.write_large_bytes(header, payload)
        else:
            self.write(header + bytes(payload))

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), obj)
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        data = obj._data()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if obj._readonly():
                self.save_bytes(bytes(data))
            else:
                self.save_bytearray(bytearray(data))
        else:
            self.write(NEXT_BUFFER)
            if obj._readonly():
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = _utf8_surrogatepass(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape_encode(tmp) + b'\n')
        self.memoize(obj)

    # Containers ----------------------------------------------------------

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(obj)

    def _batch_list_exact(self, obj):
        # Like CPython's C pickler: batches of _BATCHSIZE, the last one
        # written with MARK/APPENDS even when it holds a single item.
        save = self.save
        write = self.write
        total = 0
        while True:
            write(MARK)
            n = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                n += 1
                if n == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                return

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(obj.items())

    def _batch_dict_exact(self, obj):
        # Like CPython's C pickler: a further, empty MARK/SETITEMS batch
        # follows when the size is a multiple of _BATCHSIZE.
        save = self.save
        write = self.write
        it = iter(obj.items())
        while True:
            write(MARK)
            n = 0
            for k, v in it:
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) >= _BATCHSIZE:
                    break
            n = len(batch)
            # (an empty batch too, after a full one, as the C pickler does)
            write(MARK)
            for item in batch:
                self.save(item)
            write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # Globals -------------------------------------------------------------

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            # (CPython 3.11 raises AttributeError here too.)
            raise AttributeError("Can't pickle local object %r" % (obj,))
        if obj is _codecs_encode:
            # Our stand-in for _codecs.encode (protocol 0-2 bytes).
            module_name, name = '_codecs', 'encode'
            module = parent = None
            obj2 = obj
        else:
            module_name = whichmodule(obj, name)
            try:
                module = _import_module(module_name)
                obj2, parent = _getattribute(module, name)
            except (ImportError, KeyError, AttributeError):
                raise PicklingError(
                    "Can't pickle %r: it's not found as %s.%s" %
                    (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" %
                (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        # Equal module names share one memo entry in CPython's output (they
        # are interned there); a module name is not shared with an equal
        # qualified name, though (e.g. datetime.datetime).
        module_name = _intern(module_name, _interned_modules)
        name = _intern(name, _interned_names)
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                  name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' +
                      name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


_interned_modules = {}
_interned_names = {}


def _intern(s, table):
    if type(s) is not str:
        return s
    return table.setdefault(s, s)


def _utf8_surrogatepass(s):
    try:
        data = s.encode('utf-8')
    except UnicodeEncodeError:
        data = None
    # (ouro's encoder replaces lone surrogates with U+FFFD instead of raising.)
    if data is not None and (b'\xef\xbf\xbd' not in data or
                             data.count(b'\xef\xbf\xbd') == s.count('\ufffd')):
        return data
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if 0xd800 <= c <= 0xdfff:
            out.append(0xe0 | (c >> 12))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
        else:
            out += ch.encode('utf-8')
    return bytes(out)


def _f():
    pass


_FunctionType = type(_f)
_BuiltinFunctionType = type(len)
_SPECIAL_REDUCE = (BaseException, range, slice)

Pickler._dispatch = {
    str: Pickler.save_str,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    PickleBuffer: Pickler.save_picklebuffer,
}



# ---------------------------------------------------------------------------
# Unpickling.

class _Unframer:

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        frame = self.frame
        if frame is not None:
            pos = self.pos
            if pos >= len(frame) and n != 0:
                self.frame = None
                return self.file_read(n)
            end = pos + n
            if end > len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.pos = end
            return frame[pos:end]
        return self.file_read(n)

    def readline(self):
        frame = self.frame
        if frame is not None:
            pos = self.pos
            if pos >= len(frame):
                self.frame = None
                return self.file_readline()
            end = frame.find(b'\n', pos)
            if end < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self.pos = end + 1
            return frame[pos:end + 1]
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self.frame = self.file_read(frame_size)
        if len(self.frame) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self.pos = 0


class _BytesWriter:
    """A minimal write sink collecting bytes (for dumps)."""

    def __init__(self):
        self.buf = bytearray()

    def write(self, data):
        self.buf += data
        return len(data)

    def getvalue(self):
        return bytes(self.buf)


class _BytesReader:
    """A minimal read/readline source over a bytes object (for loads)."""

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n=-1):
        pos = self.pos
        if n < 0:
            end = len(self.data)
        else:
            end = min(pos + n, len(self.data))
        self.pos = end
        return self.data[pos:end]

    def readline(self):
        pos = self.pos
        end = self.data.find(b'\n', pos)
        end = len(self.data) if end < 0 else end + 1
        self.pos = end
        return self.data[pos:end]


class Unpickler:
    """Read a pickled object representation from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % key.decode('latin-1'))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    def _readexact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def find_class(self, module, name):
        """Return the object `name` of module `module` (used by GLOBAL and
        STACK_GLOBAL); subclasses may restrict it."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        if module == 'pickle' and name == 'PickleBuffer':
            return PickleBuffer
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # Opcode handlers (indexed by opcode byte) ---------------------------

    def load_proto(self):
        proto = self._readexact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._readexact(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self._readline().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._readexact(4))[0])

    def load_binint1(self):
        self.append(self._readexact(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._readexact(2))[0])

    def load_long(self):
        val = self._readline()
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val))

    def load_long1(self):
        n = self._readexact(1)[0]
        self.append(decode_long(self._readexact(n)))

    def load_long4(self):
        n, = unpack('<i', self._readexact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._readexact(n)))

    def load_float(self):
        self.append(float(self._readline()))

    def load_binfloat(self):
        self.append(unpack('>d', self._readexact(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<i', self._readexact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._readexact(n)))

    def load_short_binstring(self):
        n = self._readexact(1)[0]
        self.append(self._decode_string(self._readexact(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._readexact(4))
        self.append(self._readexact(n))

    def load_short_binbytes(self):
        n = self._readexact(1)[0]
        self.append(self._readexact(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(self._readexact(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(bytearray(self._readexact(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)
        elif isinstance(buf, PickleBuffer):
            self.stack[-1] = bytes(buf._data())

    def load_unicode(self):
        self.append(_raw_unicode_escape_decode(self._readline()))

    def _utf8(self, data):
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('utf-8', 'surrogatepass')

    def load_binunicode(self):
        n, = unpack('<I', self._readexact(4))
        self.append(self._utf8(self._readexact(n)))

    def load_binunicode8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(self._utf8(self._readexact(n)))

    def load_short_binunicode(self):
        n = self._readexact(1)[0]
        self.append(self._utf8(self._readexact(n)))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)))
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline().decode("ascii")
        name = self._readline().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline().decode("utf-8")
        name = self._readline().decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._readexact(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._readexact(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._readexact(4))[0])

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _NoValue)
        if obj is not _NoValue:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()))

    def load_binget(self):
        self._memo_get(self._readexact(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._readexact(4))[0])

    def load_put(self):
        i = int(self._readline())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._readexact(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._readexact(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k) if hasattr(sys, 'intern') else k
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)


def _is_default_setstate(inst):
    for klass in type(inst).__mro__:
        if '__setstate__' in klass.__dict__:
            return klass is object
    return False


Unpickler._dispatch = {
    PROTO[0]: Unpickler.load_proto,
    FRAME[0]: Unpickler.load_frame,
    PERSID[0]: Unpickler.load_persid,
    BINPERSID[0]: Unpickler.load_binpersid,
    NONE[0]: Unpickler.load_none,
    NEWFALSE[0]: Unpickler.load_false,
    NEWTRUE[0]: Unpickler.load_true,
    INT[0]: Unpickler.load_int,
    BININT[0]: Unpickler.load_binint,
    BININT1[0]: Unpickler.load_binint1,
    BININT2[0]: Unpickler.load_binint2,
    LONG[0]: Unpickler.load_long,
    LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4,
    FLOAT[0]: Unpickler.load_float,
    BINFLOAT[0]: Unpickler.load_binfloat,
    STRING[0]: Unpickler.load_string,
    BINSTRING[0]: Unpickler.load_binstring,
    SHORT_BINSTRING[0]: Unpickler.load_short_binstring,
    BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes,
    BINBYTES8[0]: Unpickler.load_binbytes8,
    BYTEARRAY8[0]: Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: Unpickler.load_next_buffer,
    READONLY_BUFFER[0]: Unpickler.load_readonly_buffer,
    UNICODE[0]: Unpickler.load_unicode,
    BINUNICODE[0]: Unpickler.load_binunicode,
    BINUNICODE8[0]: Unpickler.load_binunicode8,
    SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode,
    TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple,
    TUPLE1[0]: Unpickler.load_tuple1,
    TUPLE2[0]: Unpickler.load_tuple2,
    TUPLE3[0]: Unpickler.load_tuple3,
    EMPTY_LIST[0]: Unpickler.load_empty_list,
    EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
    EMPTY_SET[0]: Unpickler.load_empty_set,
    FROZENSET[0]: Unpickler.load_frozenset,
    LIST[0]: Unpickler.load_list,
    DICT[0]: Unpickler.load_dict,
    INST[0]: Unpickler.load_inst,
    OBJ[0]: Unpickler.load_obj,
    NEWOBJ[0]: Unpickler.load_newobj,
    NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    GLOBAL[0]: Unpickler.load_global,
    STACK_GLOBAL[0]: Unpickler.load_stack_global,
    EXT1[0]: Unpickler.load_ext1,
    EXT2[0]: Unpickler.load_ext2,
    EXT4[0]: Unpickler.load_ext4,
    REDUCE[0]: Unpickler.load_reduce,
    POP[0]: Unpickler.load_pop,
    POP_MARK[0]: Unpickler.load_pop_mark,
    DUP[0]: Unpickler.load_dup,
    GET[0]: Unpickler.load_get,
    BINGET[0]: Unpickler.load_binget,
    LONG_BINGET[0]: Unpickler.load_long_binget,
    PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput,
    LONG_BINPUT[0]: Unpickler.load_long_binput,
    MEMOIZE[0]: Unpickler.load_memoize,
    APPEND[0]: Unpickler.load_append,
    APPENDS[0]: Unpickler.load_appends,
    SETITEM[0]: Unpickler.load_setitem,
    SETITEMS[0]: Unpickler.load_setitems,
    ADDITEMS[0]: Unpickler.load_additems,
    BUILD[0]: Unpickler.load_build,
    MARK[0]: Unpickler.load_mark,
    STOP[0]: Unpickler.load_stop,
}


# ---------------------------------------------------------------------------
# Shorthands.

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickled representation of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of obj as bytes."""
    f = _BytesWriter()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read a pickled object from the binary file and return it."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Rebuild an object from its pickled representation (bytes)."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    f = _BytesReader(data)
    return Unpickler(f, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# Names of the pure-Python implementation in CPython's module.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
