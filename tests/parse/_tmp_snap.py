import sys, json, glob
from pathlib import Path
from reader.parse.formats import read_page
files = sorted(glob.glob('../shared/corpus/chronam-1916-02/19160208/*.txt'))[:40] + sorted(glob.glob('../shared/corpus/chronam-1916-02/19160215/*.txt'))[:40]
out = {}
for f in files:
    page = read_page(Path(f).read_bytes(), Path(f))
    out[f] = [(a.kind.value, a.headline, a.byline, a.dateline, ' / '.join(a.paragraphs)[:300]) for a in page.articles]
json.dump(out, open(sys.argv[1], 'w'))
