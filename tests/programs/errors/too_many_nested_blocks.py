# CPython's compiler refuses more than 20 nested blocks (CO_MAXBLOCKS): here
# the 21st is the except clause's cleanup block.
print("never runs")
for i in range(20):
  while True:
    for j in range(1):
     for k in range(1):
      for l in range(1):
       for m in range(1):
        for n in range(1):
         for o in range(1):
          for p in range(1):
           for q in range(1):
            for r in range(1):
             for s in range(1):
              for t in range(1):
               for u in range(1):
                for v in range(1):
                 for w in range(1):
                  for x in range(1):
                   for y in range(1):
                    for z in range(1):
                     try:
                      pass
                     except Exception:
                      pass
    break
