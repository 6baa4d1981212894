import sys
from tests.parse.score import *
errs=[]
for page in load_pages(sys.argv[1:], errs):
    ps = score_page(page)
    for i,j in ps.matches.items():
        e=ps.expected[i]; p=ps.produced[j]
        if e['kind']!=p['kind'] and e['kind']==sys.argv[-1] if False else e['kind']!=p['kind']:
            print(f"### {ps.name[:25]} exp={e['kind']} got={p['kind']} H={p.get('headline')!r} S={p.get('subheadline')!r}")
            print("   ", " / ".join(p['paragraphs'])[:400])
