# A chained exception (raise ... from ...) that is not caught: the traceback
# shows both, and the last line is the outer exception.


class ParseError(Exception):
    pass


def parse_number(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("not a number: " + repr(text)) from e


values = []
for token in "10 20 30 forty 50".split():
    values.append(parse_number(token))
    print("parsed", values[-1], "sum so far", sum(values))
print("done", values)
