import time, os, os.path, sys
print(time.gmtime(0).tm_zone, time.localtime(0).tm_zone)
print(time.strftime('%Z', time.gmtime(0)), time.strftime('%Z', time.localtime(0)), time.strftime('%Z', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == os.path.realpath(here), os.path.isabs(sys.path[0]))
print(os.path.realpath(".") == os.path.realpath(os.getcwd()))
print(os.path.realpath("no_such_dir/x") == os.path.join(os.path.realpath("."), "no_such_dir", "x"))
