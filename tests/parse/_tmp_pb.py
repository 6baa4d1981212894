import sys, json, glob
from pathlib import Path
from reader.parse.formats import read_page
files = sorted(glob.glob('../shared/corpus/chronam-1916-02/19160208/*.txt'))[:40] + sorted(glob.glob('../shared/corpus/chronam-1916-02/19160215/*.txt'))[:40]
out = {}
for f in files:
    page = read_page(Path(f).read_bytes(), Path(f))
    br = []
    for a in page.articles:
        ps = a.paragraphs
        for x, y in zip(ps, ps[1:]):
            br.append(x[-25:] + ' || ' + y[:25])
    out[f] = br
json.dump(out, open(sys.argv[1], 'w'))
