# argparse: a program whose command line is wrong exits with status 2
import argparse
import sys

parser = argparse.ArgumentParser(description="Sum some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer")
parser.add_argument("--max", dest="accumulate", action="store_const", const=max,
                    default=sum, help="find the max instead of the sum")
print(parser.parse_args(["1", "2", "3"]).accumulate([1, 2, 3]))
print(parser.parse_args(["1", "5", "--max"]).accumulate([1, 5]))
sys.stdout.flush()
parser.parse_args(["1", "x"])
print("not reached")

# corpus: skip-stress marksweep refcount (a library module's test: the generational stress run covers it)
