import json,glob,re
from reader.parse import classify
def run(fn):
    tp=fp=fn_=0; fps=[];fns=[]
    for f in glob.glob('tests/data/dev/*.expect.json'):
        d=json.load(open(f))
        for a in d.get('articles',[]):
            if a['kind'] in ('teaser','caption'): continue
            t='\n'.join(a.get('paragraphs') or [])
            if not t: continue
            got=fn(a.get('headline'), t)
            if got and a['kind']=='notice': tp+=1
            elif got: fp+=1; fps.append((a.get('headline') or t)[:50])
            elif a['kind']=='notice': fn_+=1; fns.append((a.get('headline') or t)[:50])
    return tp,fp,fn_,fps,fns
tp,fp,fn_,fps,fns=run(classify.looks_like_notice)
print(tp,fp,fn_); print('FP',fps); print('FN',fns)

AD = re.compile(r"\$\s?\d|\b(?:per\s+(?:cent|dozen|pound|yard|lb)\b|Phone\b|Tel\.|PRICES?\b|SALE\b|\d+\s?c\b|\d+\s+cents\b|Props?\.|Agents?\b|[Ss]old\s+by\b|[Dd]ruggists?\b|[Bb]argains?\b|Guaranteed\b|Call\s+(?:on|at)\b"
  r"|Advt\b|Proprietors?\b|[Pp]atronage\b|per\s+annum\b|[Pp]rices?\b|[Cc]heap(?:est)?\b|(?:[Ss]end|[Ww]rite)\s+(?:for|us|today)\b|[Oo]rders?\s+(?:taken|filled)\b"
  r"|[Ww]e\s+(?:sell|carry|pay|invite|solicit|offer|furnish|have\s+just|are\s+(?:now\s+)?(?:ready|showing|offering))\b|[Yy]our\s+(?:patronage|order|account|trade|money|business)\b|[Ss]pecial\s+(?:sale|prices?|offer)\b|[Ff]ree\b|[Ss]tock\b|[Rr]esolved,?\s+[Tt]hat\b)"
  r"|电话|電話|热线|熱線|地址[：:]|联系人|聯絡人|元/|优惠|優惠")
YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|YOU|YOUR)\b")
ZH_HEAD = re.compile(r"(?:通告|公告|启事|啟事|声明|聲明|告示|讣告|訃告)$")
def new(headline, text):
    if classify.looks_like_notice(headline, text): return True
    if headline and ZH_HEAD.search(headline.strip()): return True
    if re.search(r"[-—.,]\s*[-—]?\s*A[dv][dv]?[tv]\.?\s*$|\bAdvt\.", text): return True
    hits = len(AD.findall(text)) + len(AD.findall(headline or ''))
    you = len(YOU.findall(text))
    return hits >= 3 and (hits + you) * 70 >= len(text)
tp,fp,fn_,fps,fns=run(new)
print(tp,fp,fn_); print('FP',fps); print('FN',fns)
print()
for f in glob.glob('tests/data/dev/*.expect.json'):
    d=json.load(open(f))
    for a in d.get('articles',[]):
        if a['kind'] in ('teaser','caption'): continue
        t='\n'.join(a.get('paragraphs') or [])
        if not t: continue
        h=a.get('headline')
        hits = len(AD.findall(t)) + len(AD.findall(h or '')); you=len(YOU.findall(t))
        if (hits+you)>=2 and not new(h,t) or (a['kind']!='notice' and hits+you>=2):
            print(a['kind'][:2], hits, you, len(t), (h or t)[:40], AD.findall(t)[:6])
