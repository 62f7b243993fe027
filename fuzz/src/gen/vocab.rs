//! The vocabulary of generated programs: the names, operators, literals and
//! dunders a [`crate::gen::Program`] picks from, and their Python text.

use arbitrary::Arbitrary;

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum Base {
    Object,
    List,
    Dict,
    Int,
    Str,
    Tuple,
    Set,
    Bytes,
    Float,
    Exception,
    Prev,
}

#[derive(Arbitrary, Debug, Clone, Copy, PartialEq)]
pub(crate) enum Dunder {
    Eq,
    Ne,
    Lt,
    Hash,
    Index,
    Int,
    Float,
    Len,
    LengthHint,
    Iter,
    Next,
    Reversed,
    Getitem,
    Setitem,
    Delitem,
    Contains,
    Repr,
    Str,
    Format,
    Bool,
    Getattr,
    Getattribute,
    Setattr,
    Del,
    Add,
    Radd,
    Mul,
    Call,
    Enter,
    Exit,
    Init,
    New,
    Missing,
    Get,
    SetName,
    InitSubclass,
    ClassGetitem,
}

/// Side effects in dunder bodies (and statements).
#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum ExcKind {
    Value,
    Type,
    Key,
    Index,
    Attribute,
    StopIteration,
    Runtime,
    Recursion,
    Zero,
    Memory,
    Base,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum Name {
    X,
    Y,
    Attr,
    Dict,
    Class,
    Len,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    LShift,
    RShift,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    In,
    NotIn,
    Is,
    BoolAnd,
    BoolOr,
    MatMul,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum Flt {
    Zero,
    Half,
    Neg,
    Inf,
    Nan,
    Big,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum Txt {
    Empty,
    A,
    Word,
    Spaces,
    Digits,
    Unicode,
    Fmt,
    Comma,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub(crate) enum Spec {
    None,
    Repr,
    Width,
    Float,
    Hex,
    Nested,
    Huge,
}

macro_rules! named {
    ($(#[$m:meta])* $name:ident { $($v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Arbitrary, Debug, Clone, Copy)]
        pub(crate) enum $name { $($v),* }
        impl $name {
            pub(crate) fn text(self) -> &'static str {
                match self { $($name::$v => $s),* }
            }
        }
    };
}

named!(Builtin {
    Len = "len", Repr = "repr", Str = "str", Int = "int", Float = "float",
    Bool = "bool", List = "list", Tuple = "tuple", Set = "set",
    Frozenset = "frozenset", Dict = "dict", Sorted = "sorted",
    Reversed = "reversed", Min = "min", Max = "max", Sum = "sum", Any = "any",
    All = "all", Hash = "hash", Iter = "iter", Next = "next",
    Enumerate = "enumerate", Zip = "zip", Map = "map", Filter = "filter",
    Abs = "abs", Divmod = "divmod", Pow = "pow", Round = "round",
    Format = "format", BytesF = "bytes", Bytearray = "bytearray",
    Isinstance = "isinstance", Getattr = "getattr", Setattr = "setattr",
    Hasattr = "hasattr", Delattr = "delattr", Id = "id", Vars = "vars",
    Dir = "dir", Range = "range", Slice = "slice", Chr = "chr", Ord = "ord",
    Hex = "hex", Bin = "bin", Callable = "callable", Object = "object",
    Memoryview = "memoryview", Complex = "complex", Ascii = "ascii",
    Issubclass = "issubclass", Super = "super", Type = "type",
    Print = "print", Deepcopy = "copy.deepcopy", Copy = "copy.copy",
    Heappush = "heapq.heappush", Heappop = "heapq.heappop",
    Bisect = "bisect.insort", Dumps = "json.dumps", Loads = "json.loads",
    Deque = "collections.deque", Counter = "collections.Counter",
    Defaultdict = "collections.defaultdict", Partial = "functools.partial",
    Reduce = "functools.reduce", Chain = "itertools.chain",
    Islice = "itertools.islice", Product = "itertools.product",
    Permutations = "itertools.permutations", Groupby = "itertools.groupby",
    Accumulate = "itertools.accumulate", Getsizeof = "sys.getsizeof",
    Referrers = "gc.get_referrers", Referents = "gc.get_referents",
    IsTracked = "gc.is_tracked", WeakrefRef = "weakref.ref",
    Eval = "eval", Exec = "exec", Compile = "compile",
    StructPack = "struct.pack", ArrayArray = "array.array",
    ReSub = "re.sub", MathFloor = "math.floor", MathGcd = "math.gcd",
    Fsum = "math.fsum", Operator = "operator.itemgetter",
    Attrgetter = "operator.attrgetter", StringIO = "io.StringIO",
});

named!(MethodName {
    Append = "append", Extend = "extend", Insert = "insert", Pop = "pop",
    Remove = "remove", Index = "index", Count = "count", Sort = "sort",
    Reverse = "reverse", Clear = "clear", Copy = "copy", Keys = "keys",
    Values = "values", Items = "items", Get = "get",
    Setdefault = "setdefault", Update = "update", Popitem = "popitem",
    Fromkeys = "fromkeys", Add = "add", Discard = "discard", Union = "union",
    Intersection = "intersection", Difference = "difference",
    Issubset = "issubset", Join = "join", Split = "split",
    Replace = "replace", Format = "format", Upper = "upper",
    Encode = "encode", Decode = "decode", Startswith = "startswith",
    Find = "find", Strip = "strip", Center = "center", Ljust = "ljust",
    Zfill = "zfill", Partition = "partition", Expandtabs = "expandtabs",
    Translate = "translate", Maketrans = "maketrans", Hex = "hex",
    Fromhex = "fromhex", ToBytes = "to_bytes", FromBytes = "from_bytes",
    BitLength = "bit_length", AsIntegerRatio = "as_integer_ratio",
    IsInteger = "is_integer", Conjugate = "conjugate", Send = "send",
    Throw = "throw", Close = "close", Tolist = "tolist",
    Appendleft = "appendleft", Rotate = "rotate", MostCommon = "most_common",
    Mro = "mro", Subclasses = "__subclasses__", WithTraceback = "with_traceback",
    AddNote = "add_note", Read = "read", Write = "write", Getvalue = "getvalue",
});

named!(TypeName {
    List = "list", Dict = "dict", Str = "str", Bytes = "bytes",
    Bytearray = "bytearray", Int = "int", Float = "float", Tuple = "tuple",
    Set = "set", Frozenset = "frozenset", Object = "object", Type = "type",
    Complex = "complex", Range = "range", Exception = "BaseException",
    Deque = "collections.deque", Generator = "type(gen0(()))",
});

impl Dunder {
    pub(crate) fn name(self) -> &'static str {
        use Dunder::*;
        match self {
            Eq => "__eq__",
            Ne => "__ne__",
            Lt => "__lt__",
            Hash => "__hash__",
            Index => "__index__",
            Int => "__int__",
            Float => "__float__",
            Len => "__len__",
            LengthHint => "__length_hint__",
            Iter => "__iter__",
            Next => "__next__",
            Reversed => "__reversed__",
            Getitem => "__getitem__",
            Setitem => "__setitem__",
            Delitem => "__delitem__",
            Contains => "__contains__",
            Repr => "__repr__",
            Str => "__str__",
            Format => "__format__",
            Bool => "__bool__",
            Getattr => "__getattr__",
            Getattribute => "__getattribute__",
            Setattr => "__setattr__",
            Del => "__del__",
            Add => "__add__",
            Radd => "__radd__",
            Mul => "__mul__",
            Call => "__call__",
            Enter => "__enter__",
            Exit => "__exit__",
            Init => "__init__",
            New => "__new__",
            Missing => "__missing__",
            Get => "__get__",
            SetName => "__set_name__",
            InitSubclass => "__init_subclass__",
            ClassGetitem => "__class_getitem__",
        }
    }

    /// The parameters after `self`.
    pub(crate) fn params(self) -> &'static str {
        use Dunder::*;
        match self {
            Eq | Ne | Lt | Add | Radd | Mul | Contains | Getitem | Delitem | Missing | Format
            | Getattr | Getattribute => ", a",
            Setitem | Setattr | Get | SetName => ", a, b",
            Call | Exit | Init | New | InitSubclass => ", *a, **k",
            ClassGetitem => ", a",
            _ => "",
        }
    }

    /// What a well-behaved implementation returns.
    pub(crate) fn natural(self) -> &'static str {
        use Dunder::*;
        match self {
            Eq | Ne | Lt | Contains | Bool => "True",
            Hash | Index | Int | Len | LengthHint => "1",
            Float => "1.5",
            Iter => "self",
            Next => "_next(self)",
            Reversed => "iter([1, 2])",
            Getitem => "_item(a)",
            Repr | Str | Format => "'<C>'",
            Getattr => "_attr(a)",
            Getattribute => "object.__getattribute__(self, a)",
            Setattr => "object.__setattr__(self, a, b)",
            Add | Radd | Mul => "a",
            Call | Enter | Missing => "self",
            Exit => "False",
            New => "object.__new__(self)",
            Get => "self",
            Del | Setitem | Delitem | Init | SetName | InitSubclass => "None",
            ClassGetitem => "self",
        }
    }

    pub(crate) fn is_classmethod(self) -> bool {
        matches!(self, Dunder::InitSubclass | Dunder::ClassGetitem)
    }
}

impl Base {
    pub(crate) fn text(self, index: usize) -> String {
        match self {
            Base::Object => "object".into(),
            Base::List => "list".into(),
            Base::Dict => "dict".into(),
            Base::Int => "int".into(),
            Base::Str => "str".into(),
            Base::Tuple => "tuple".into(),
            Base::Set => "set".into(),
            Base::Bytes => "bytes".into(),
            Base::Float => "float".into(),
            Base::Exception => "Exception".into(),
            Base::Prev if index > 0 => format!("C{}", index - 1),
            Base::Prev => "object".into(),
        }
    }
}

impl ExcKind {
    pub(crate) fn text(self) -> &'static str {
        match self {
            ExcKind::Value => "ValueError('v')",
            ExcKind::Type => "TypeError",
            ExcKind::Key => "KeyError(1)",
            ExcKind::Index => "IndexError",
            ExcKind::Attribute => "AttributeError('a')",
            ExcKind::StopIteration => "StopIteration(7)",
            ExcKind::Runtime => "RuntimeError",
            ExcKind::Recursion => "RecursionError",
            ExcKind::Zero => "ZeroDivisionError",
            ExcKind::Memory => "MemoryError",
            ExcKind::Base => "GeneratorExit",
        }
    }
}

impl Name {
    pub(crate) fn text(self) -> &'static str {
        match self {
            Name::X => "x",
            Name::Y => "y",
            Name::Attr => "attr",
            Name::Dict => "__dict__",
            Name::Class => "__class__",
            Name::Len => "__len__",
        }
    }
}

impl BinOp {
    pub(crate) fn text(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "**",
            And => "&",
            Or => "|",
            Xor => "^",
            LShift => "<<",
            RShift => ">>",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            In => "in",
            NotIn => "not in",
            Is => "is",
            BoolAnd => "and",
            BoolOr => "or",
            MatMul => "@",
        }
    }

    /// Whether `x op= y` is valid Python.
    pub(crate) fn augmentable(self) -> bool {
        !matches!(
            self,
            BinOp::Eq
                | BinOp::Ne
                | BinOp::Lt
                | BinOp::Le
                | BinOp::Gt
                | BinOp::In
                | BinOp::NotIn
                | BinOp::Is
                | BinOp::BoolAnd
                | BinOp::BoolOr
        )
    }
}

impl Txt {
    pub(crate) fn text(self) -> &'static str {
        match self {
            Txt::Empty => "",
            Txt::A => "a",
            Txt::Word => "abc",
            Txt::Spaces => " a b ",
            Txt::Digits => "123",
            Txt::Unicode => "\u{e9}\u{20ac}x",
            Txt::Fmt => "%s{0}",
            Txt::Comma => "a,b,,c",
        }
    }
}
