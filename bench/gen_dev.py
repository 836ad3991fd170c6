#!/usr/bin/env python3
"""Development sets for the dictionary rule, one file per family, each in a "dev" split (the
one tuned on) and a "held" split (other source lists and other templates, never tuned on).
Seeded. Every line meets the default composition rules (8+ characters, 3 of 4 classes, no
character twice in a row), as the issue's held-out sets do.

  words3 / words4   three / four random words in many forms. dev: EFF's long list (xkcdpass);
                    held: diceware's noun list and xkcdpass's legacy list (5-8 letters).
  random            random printable strings of 10-16 characters.
  school            what school staff pick: names, places, clubs, pets, years, phrases,
                    look-alikes, de-doubled words, English and Welsh.
  school2           more of their habits: place + digits + symbol, name + year (1940-2030),
                    "ILove" + name + digits, pets, clubs, bands and TV, digits in the middle,
                    symbols at both ends, caps lock, Welsh mutations ("Gymru", "Fam", "Nhad").
                    dev and held use different templates and different halves of each list.
  welsh             Welsh words (aspell-cy), names and places, decorated.
  welsh2            Welsh names, places and words with soft, nasal and aspirate mutations,
                    joined in twos, with symbols at both ends.
  mangled           common passwords (zxcvbn's list, john's) mangled to meet the policy.
  mangled2          the same lists mangled further: digits in the middle, symbols at both
                    ends, caps lock, years 1940-2030, look-alikes and de-doubling together.
  multi             places, clubs and Welsh phrases of several words ("Betws-y-Coed", "Bae
                    Colwyn", "Diolch yn fawr"), typed with spaces, hyphens, underscores, dots,
                    a capital to each word or squeezed, and decorated.

Usage: gen_dev.py OUTDIR [COUNT]  (COUNT lines per family and split, default 4000)"""
import os, random, re, subprocess, sys

out = sys.argv[1] if len(sys.argv) > 1 else "bench/out/dev"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
os.makedirs(out, exist_ok=True)

def lines(path):
    try:
        with open(path, encoding="utf-8", errors="ignore") as f:
            return [l.strip() for l in f if l.strip()]
    except FileNotFoundError:
        return []

def alpha(ws, lo=3, hi=10):
    return [w.lower() for w in ws if w.isalpha() and w.isascii() and lo <= len(w) <= hi]

XK = "/usr/lib/python3/dist-packages/xkcdpass/static/"
DW = "/usr/lib/python3/dist-packages/diceware/wordlists/"
eff = alpha([l.split()[-1] for l in lines(XK + "eff-long")])
nouns = alpha([l.split()[-1] for l in lines(DW + "wordlist_en_nouns.txt")])
legacy = alpha(lines(XK + "legacy"), 5, 8)

pm = open("/usr/share/perl5/Data/Password/zxcvbn/RankedDictionaries/Common.pm", encoding="utf-8").read()
common = [m for m in re.findall(r"^\s+'([^'\\]+)' => \d+", pm, re.M)]
john = [l for l in lines("/usr/share/john/password.lst") if not l.startswith("#!")]
en = open("/usr/share/perl5/Data/Password/zxcvbn/RankedDictionaries/English.pm", encoding="utf-8").read()
def zx(name):
    """A ranked list of zxcvbn's, most common first."""
    block = en.split(f"'{name}' => {{", 1)[1].split("\n  }", 1)[0]
    pairs = re.findall(r"^\s+'([^'\\]+)' => (\d+)", block, re.M)
    return [w for w, _ in sorted(pairs, key=lambda p: int(p[1]))]
female, male, surnames = zx("english_female_names"), zx("english_male_names"), zx("english_surnames")

try:
    cy = subprocess.run(["aspell", "-d", "cy", "dump", "master"], capture_output=True, text=True).stdout.split()
except FileNotFoundError:
    cy = []
cy = [w for w in cy if 4 <= len(w) <= 10 and w.isalpha()]

# School families: two halves of each list, one per split, so held-out entries are unseen.
welsh_names = ["Aled", "Alaw", "Angharad", "Anwen", "Bethan", "Branwen", "Bryn", "Carwyn", "Carys", "Catrin", "Ceri", "Cerys",
               "Dafydd", "Delyth", "Dewi", "Dylan", "Efa", "Eleri", "Elin", "Emyr", "Ffion", "Gareth", "Geraint", "Glenys",
               "Gruffudd", "Gwen", "Gwenllian", "Gwyn", "Heledd", "Huw", "Hywel", "Ieuan", "Ifan", "Iolo", "Iwan", "Lowri",
               "Llinos", "Llŷr", "Mair", "Manon", "Mared", "Megan", "Meinir", "Myfanwy", "Nerys", "Nia", "Osian", "Owain",
               "Rhian", "Rhodri", "Rhys", "Sioned", "Siân", "Steffan", "Tomos", "Tegan", "Dai", "Eirlys", "Lleucu", "Tirion"]
places = ["Aberaeron", "Abercynon", "Aberdare", "Abergele", "Aberystwyth", "Ammanford", "Bangor", "Bargoed", "Barry",
          "Beddau", "Blackwood", "Brecon", "Bridgend", "Caerau", "Caerleon", "Caerphilly", "Cardiff", "Cardigan",
          "Carmarthen", "Chepstow", "Conwy", "Cowbridge", "Cwmbran", "Denbigh", "Ebbw Vale", "Ferndale", "Fishguard",
          "Gorseinon", "Harlech", "Holyhead", "Llandudno", "Llanelli", "Llangollen", "Maesteg", "Merthyr", "Mold",
          "Monmouth", "Neath", "Newport", "Newtown", "Penarth", "Pontypridd", "Porthcawl", "Porthmadog", "Prestatyn",
          "Pwllheli", "Rhyl", "Ruthin", "Swansea", "Tenby", "Tonypandy", "Treorchy", "Tredegar", "Wrexham",
          "London", "Manchester", "Liverpool", "Bristol", "Leeds", "Sheffield", "Birmingham", "Chester", "Gloucester", "Hereford"]
clubs = ["Arsenal", "Chelsea", "Liverpool", "ManUtd", "ManCity", "Spurs", "Everton", "Swansea", "Cardiff", "Wrexham",
         "Newport", "Villa", "Wolves", "Leeds", "Celtic", "Rangers", "Scarlets", "Ospreys", "Dragons", "Saracens",
         "Bluebirds", "Swans", "Hammers", "Toffees", "Gunners", "Saints", "Tigers", "Robins", "Quins", "Wasps"]
pets = ["Bella", "Luna", "Max", "Charlie", "Coco", "Daisy", "Molly", "Milo", "Teddy", "Alfie", "Bailey", "Poppy", "Rosie",
        "Ruby", "Buster", "Bonnie", "Lola", "Tilly", "Millie", "Oscar", "Archie", "Bear", "Nala", "Simba", "Oreo",
        "Smudge", "Tigger", "Ginger", "Misty", "Shadow", "Patch", "Lucky", "Rocky", "Buddy", "Bruno", "Pepper", "Biscuit"]
welsh_words = ["croeso", "diolch", "cymru", "hiraeth", "cariad", "calon", "hwyl", "draig", "ysgol", "teulu", "mynydd",
               "afon", "haul", "seren", "blodyn", "cwtch", "gobaith", "heddwch", "bendigedig", "eisteddfod", "hafan",
               "cartref", "annwyl", "bore", "nadolig", "gwanwyn", "hydref", "gaeaf", "ffrind", "plant"]
phrases = ["ILove{w}", "Ilove{w}", "iLove{w}", "My{w}", "I<3{w}", "Welcome2{w}", "Welcome{w}", "{w}4ever", "{w}4Ever",
           "{w}Forever", "Love{w}", "Team{w}", "{w}Rules", "Go{w}", "Up{w}", "Mrs{w}", "Mr{w}", "{w}FC", "{w}AFC",
           "{w}RFC", "Cymru{w}", "{w}Cymru", "MyDog{w}", "MyCat{w}", "Miss{w}", "Big{w}", "Caru{w}", "Croeso{w}"]
wordlike = ["Pepper", "Winnie", "Summer", "Coffee", "Hello", "Football", "Kitten", "Sunshine", "Rabbit", "Butterfly",
            "Happiness", "Balloon", "Dinner", "Puppy", "Apple", "Letter", "Bottle", "Yellow", "Summer", "Spring", "Autumn",
            "Winter", "Mammy", "Granny", "Teddy", "Jelly", "Coffee", "Cheese", "Little", "Pillow", "Hobbit", "Jasmine",
            "Password", "Welcome", "Monkey", "Dragon", "Flower", "Thomas", "Rugby", "School", "Teacher", "Holiday"]

multi_words = [
    # Places.
    "Betws-y-Coed", "Pen-y-bont", "Bae Colwyn", "Port Talbot", "Merthyr Tydfil", "Ebbw Vale", "Colwyn Bay",
    "Milford Haven", "Blaenau Ffestiniog", "Y Fenni", "Y Barri", "Castell-nedd", "Dinbych-y-pysgod", "Pont-y-pŵl",
    "Hay-on-Wye", "Connah's Quay", "Llantwit Major", "Newcastle Emlyn", "Cei Newydd", "Yr Wyddgrug", "Pen y Fan",
    "Yr Wyddfa", "Talbot Green", "Mountain Ash", "Tal-y-bont", "Coed Duon", "Ystrad Mynach", "Menai Bridge",
    "Porth Tywyn", "St Davids", "Glyn Ebwy", "Ton Pentre", "Gilfach Goch", "New Quay", "Cross Hands", "Seven Sisters",
    "Burry Port", "Church Village", "Pentre'r Eglwys", "Bannau Brycheiniog", "Bangor-on-Dee", "Y Drenewydd",
    # Clubs.
    "Swansea City", "Cardiff City", "Newport County", "Wrexham AFC", "Man Utd", "Man City", "Aston Villa", "West Ham",
    "Leeds United", "Crystal Palace", "Cardiff Blues", "Arsenal FC", "Chelsea FC", "Spurs FC", "Newcastle United",
    "Bristol City", "Sky Blues", "Red Devils", "The New Saints", "Barry Town", "Bala Town", "Connah's Quay Nomads",
    # Welsh phrases.
    "Cymru am byth", "Diolch yn fawr", "Bore da", "Nos da", "Iechyd da", "Pob lwc", "Cefn gwlad", "Hen wlad fy nhadau",
    "Calon lân", "Dydd Gŵyl Dewi", "Nadolig llawen", "Pen blwydd hapus", "Caru ti", "Croeso i Gymru", "Yma o hyd",
    "Mam-gu", "Tad-cu", "Pêl-droed", "Sut mae", "Cariad bach", "Dwi'n dy garu di", "Draig goch", "Prynhawn da",
    "Noswaith dda", "Gwlad y gân", "Ar lan y môr"]

symbols = "!@#$%&*?.-_+=~"
leet = {"a": "@4", "e": "3", "i": "1!", "o": "0", "s": "$5", "t": "7", "l": "1"}

def ok(s):
    if len(s) < 8 or any(a == b for a, b in zip(s, s[1:])): return False
    cls = [any(c.isupper() for c in s), any(c.islower() for c in s), any(c.isdigit() for c in s),
           any(not c.isalnum() for c in s)]
    return sum(cls) >= 3

def dedouble(w):
    for i in range(len(w) - 1):
        if w[i].lower() == w[i + 1].lower():
            return w[:i] + w[i + 1:]
    return w

def make(fn, n, rng):
    res, seen, tries = [], set(), 0
    while len(res) < n and tries < n * 200:
        tries += 1
        s = fn(rng)
        if s and ok(s) and s not in seen:
            seen.add(s); res.append(s)
    return res

def case(w, rng):
    r = rng.random()
    return w.capitalize() if r < 0.55 else (w.lower() if r < 0.8 else (w.upper() if r < 0.9 else w[:1].lower() + w[1:].upper()))

def lookalike(w, rng, p=0.35):
    return "".join(rng.choice(leet[c.lower()]) if c.lower() in leet and rng.random() < p else c for c in w)

def year(rng): return str(rng.randint(1940, 2030))
def num(rng):
    r = rng.random()
    return year(rng) if r < 0.35 else (str(rng.randint(0, 9)) if r < 0.55 else (str(rng.randint(10, 99)) if r < 0.75 else
            rng.choice(["123", "1234", "321", "007", "01", "12", "69", "99", "2580"]) if r < 0.85 else str(rng.randint(100, 9999))))
def sym(rng): return rng.choice(symbols) if rng.random() < 0.8 else rng.choice(symbols) + rng.choice(symbols)
def date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([year(rng), f"{rng.randint(0, 99):02d}"])
    sep = rng.choice("/-.")
    return rng.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}{sep}{y}"])

def decorate(core, rng):
    r = rng.random()
    if r < 0.45: return core + num(rng) + sym(rng)
    if r < 0.65: return core + sym(rng) + num(rng)
    if r < 0.75: return sym(rng) + core + num(rng)
    if r < 0.85: return num(rng) + core + sym(rng)
    if r < 0.93: return core + num(rng)
    return core + sym(rng)

def words_n(lst, k):
    def one(rng):
        ws = [rng.choice(lst) for _ in range(k)]
        form = rng.randrange(8)
        d = str(rng.randint(0, 9)); s = rng.choice(symbols)
        if form == 0: return "".join(w.capitalize() for w in ws) + d
        if form == 1: return s.join(w if i else w.capitalize() for i, w in enumerate(ws)) + d
        if form == 2: return " ".join(ws) + " " + d + s
        if form == 3: return s.join(w.capitalize() for w in ws) + d
        if form == 4: return d + "".join(w.capitalize() for w in ws) + s
        if form == 5: return "-".join(ws).capitalize() + d + s
        if form == 6: return "".join(w.capitalize() for w in ws) + s + d
        return d.join(w.capitalize() for w in ws) + s
    return one

def random_string(rng):
    alphabet = [chr(c) for c in range(0x21, 0x7F)]
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))

def split(lst, held):
    return lst[1::2] if held else lst[0::2]

def school(held):
    nm = split(welsh_names, held) + split(female[:400], held) + split(male[:300], held)
    pl, cl, pt, ph, wl = split(places, held), split(clubs, held), split(pets, held), split(phrases, held), split(wordlike, held)
    def one(rng):
        f = rng.randrange(10)
        if f == 0: return decorate(case(rng.choice(nm), rng), rng)
        if f == 1: return decorate(case(rng.choice(pl).replace(" ", ""), rng), rng)
        if f == 2: return case(rng.choice(cl), rng) + rng.choice(["", sym(rng)]) + year(rng) + rng.choice(["", sym(rng)])
        if f == 3: return rng.choice(ph).format(w=rng.choice(pt + nm + pl + cl).replace(" ", "")) + num(rng) + rng.choice(["", sym(rng)])
        if f == 4: return rng.choice(nm) + rng.choice("&+-_.") + rng.choice(nm) + num(rng) + rng.choice(["", sym(rng)])
        if f == 5: return decorate(lookalike(case(rng.choice(nm + pl + pt), rng), rng, 0.5), rng)
        if f == 6: return decorate(dedouble(rng.choice(wl + pt)), rng)
        if f == 7: return rng.choice(nm + pt) + date(rng) if rng.random() < 0.5 else date(rng) + rng.choice(nm + pt)
        if f == 8: return case(rng.choice(pt + nm), rng) + rng.choice(["", sym(rng)]) + case(rng.choice(pl + cl).replace(" ", ""), rng) + num(rng)
        return decorate(case(rng.choice(split(welsh_words, held)), rng), rng)
    return one

def welsh(held):
    ws = split(cy, held)
    nm, pl = split(welsh_names, held), split([p for p in places[:54]], held)
    def one(rng):
        f = rng.randrange(5)
        w = rng.choice(ws) if f < 2 else (rng.choice(nm) if f == 2 else rng.choice(pl).replace(" ", ""))
        w = case(w, rng)
        if rng.random() < 0.25: w = lookalike(w, rng)
        return decorate(w, rng)
    return one

def mangled(held):
    src = [w for w in (split(common[:20000], held) + split(john, held)) if w.isascii() and 4 <= len(w) <= 12]
    def one(rng):
        w = rng.choice(src)
        w = case(w, rng) if rng.random() < 0.8 else w
        if rng.random() < 0.3: w = lookalike(w, rng)
        if rng.random() < 0.3: w = dedouble(w)
        return decorate(w, rng)
    return one

# Bands, singers and TV people pick from (not in the curated lists).
bands = ["Oasis", "Coldplay", "Beatles", "Queen", "Abba", "Blondie", "Madonna", "Eminem", "Adele", "Metallica", "Nirvana",
         "Stereophonics", "Manics", "Catatonia", "Feeder", "Muse", "Blur", "Pulp", "Genesis", "Kiss", "Slipknot", "Busted",
         "McFly", "Westlife", "Take That", "Spice Girls", "Little Mix", "One Direction", "Beyonce", "Rihanna", "Shakira",
         "Elvis", "Prince", "Bowie", "Freddie", "Kylie", "Robbie", "Shania", "Dolly", "Bluey", "Peppa", "Gavin", "Stacey",
         "Doctor Who", "Tardis", "Dalek", "Hogwarts", "Potter", "Gandalf", "Frodo", "Yoda", "Batman", "Superman", "Spiderman",
         "Pikachu", "Mario", "Sonic", "Zelda", "Minecraft", "Fortnite", "Arsenal", "Tottenham", "Newcastle", "Sunderland"]
# Welsh initial mutations: radical onset -> (soft, nasal, aspirate) forms.
MUTATIONS = {"c": ("g", "ngh", "ch"), "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "g": ("", "ng", None),
             "b": ("f", "m", None), "d": ("dd", "n", None), "ll": ("l", None, None), "m": ("f", None, None),
             "rh": ("r", None, None)}

def mutate(w, rng, kinds=(0, 1, 2)):
    """A Welsh mutation of w's first consonant ("Cymru" -> "Gymru", "Nghymru", "Chymru"), or w."""
    lw = w.lower()
    for onset in ("ll", "rh", "c", "p", "t", "g", "b", "d", "m"):
        if lw.startswith(onset):
            forms = [MUTATIONS[onset][k] for k in kinds if MUTATIONS[onset][k] is not None]
            if not forms: return w
            out = rng.choice(forms) + lw[len(onset):]
            # Typed in the word's case: "NGHYMRU", "Nghymru", "nghymru".
            if w.isupper(): out = out.upper()
            elif w[:1].isupper(): out = out[:1].upper() + out[1:]
            return out if len(out) >= 3 else w
    return w

def both_ends(core, rng):
    return sym(rng) + core + num(rng) + rng.choice(symbols)

def school2(held):
    nm = split(welsh_names, held) + split(female[:1000], held) + split(male[:600], held)
    pl, cl, pt, bd = split(places, held), split(clubs, held), split(pets, held), split(bands, held)
    ww = split(welsh_words, held)
    # The two splits use different templates for each habit.
    def one(rng):
        f = rng.randrange(12)
        if f == 0:   # place + digits + symbol
            p = rng.choice(pl).replace(" ", "")
            return (p + str(rng.randint(1, 99)) + rng.choice(symbols)) if not held else (p + rng.choice(symbols) + str(rng.randint(10, 999)))
        if f == 1:   # name + year
            n = case(rng.choice(nm), rng)
            return n + year(rng) + rng.choice(["", sym(rng)]) if not held else n + rng.choice(symbols) + year(rng)[2:] + rng.choice(["", sym(rng)])
        if f == 2:   # ILove + name + digits
            t = ["ILove{w}", "Iluv{w}", "ILuv{w}", "Love{w}"] if not held else ["iloveu{w}", "ILoveYou{w}", "I<3{w}", "{w}IsMyLove", "Loves{w}"]
            return rng.choice(t).format(w=rng.choice(nm + pt)) + str(rng.randint(0, 9999)) + rng.choice(["", sym(rng)])
        if f == 3:   # pets
            return decorate(case(rng.choice(pt), rng), rng) if not held else "My" + rng.choice(["Dog", "Cat", "Pony", "Puppy", "Kitty"]) + rng.choice(pt) + num(rng) + rng.choice(["", sym(rng)])
        if f == 4:   # clubs
            c = rng.choice(cl)
            return (c + "FC" + num(rng) + sym(rng)) if not held else (rng.choice(["Up", "Come On", "Go", "I<3"]).replace(" ", "") + c + year(rng) + rng.choice(["", sym(rng)]))
        if f == 5:   # bands and TV
            return decorate(case(rng.choice(bd).replace(" ", ""), rng), rng)
        if f == 6:   # digits in the middle
            a, b = rng.choice(nm + pt), rng.choice(pl + cl + pt)
            return a + num(rng) + b + rng.choice(["", sym(rng)]) if not held else a + sym(rng) + num(rng) + b.lower()
        if f == 7:   # symbols at both ends
            return both_ends(case(rng.choice(nm + pl + pt + cl).replace(" ", ""), rng), rng)
        if f == 8:   # caps lock
            w = rng.choice(nm + pl + pt).replace(" ", "")
            return decorate(w[:1].lower() + w[1:].upper() if not held else w.upper(), rng)
        if f == 9:   # Welsh mutations
            return decorate(mutate(rng.choice(nm + pl + ww).capitalize(), rng, (0,) if not held else (1, 2)), rng)
        if f == 10:  # look-alikes and de-doubled, together
            return decorate(lookalike(dedouble(rng.choice(nm + pt + pl).replace(" ", "")), rng, 0.5), rng)
        # years people mark: a name and a year apart
        return rng.choice(nm) + rng.choice(["", sym(rng)]) + str(rng.randint(1940, 2030)) + rng.choice(pl).replace(" ", "")
    return one

def welsh2(held):
    ws = [w for w in split(cy, held) if w[:1].lower() in "cptgbdlmr"]
    nm, pl, ww = split(welsh_names, held), split([p for p in places[:54]], held), split(welsh_words, held)
    def one(rng):
        f = rng.randrange(5)
        if f == 0: return decorate(mutate(case(rng.choice(nm + pl + ww), rng), rng), rng)
        if f == 1: return both_ends(mutate(rng.choice(nm + pl).replace(" ", ""), rng).capitalize(), rng)
        if f == 2:
            a, b = rng.choice(nm + ww).capitalize(), mutate(rng.choice(nm + pl + ww).replace(" ", ""), rng).capitalize()
            return a + rng.choice(["", "a", "&", "+", "_", "Y", "Yn", "Am"]) + b + num(rng) + rng.choice(["", sym(rng)])
        return decorate(lookalike(mutate(case(rng.choice(ws or ww), rng), rng), rng, 0.3), rng)
    return one

def mangled2(held):
    src = [w for w in (split(common[:20000], held) + split(john, held)) if w.isascii() and 4 <= len(w) <= 12 and w.isalpha()]
    def one(rng):
        w = rng.choice(src)
        f = rng.randrange(5)
        if f == 0:   # digits in the middle
            i = rng.randint(2, max(2, len(w) - 2))
            return case(w[:i], rng) + num(rng) + w[i:] + rng.choice(["", sym(rng)])
        if f == 1: return both_ends(case(w, rng), rng)
        if f == 2: return decorate(w[:1].lower() + w[1:].upper(), rng)
        if f == 3: return case(w, rng) + rng.choice(["", sym(rng)]) + str(rng.randint(1940, 2030)) + rng.choice(["", sym(rng)])
        return decorate(lookalike(dedouble(case(w, rng)), rng, 0.6), rng)
    return one

def multi(held):
    ws = split(multi_words, held)
    def one(rng):
        parts = re.split(r"[ \-]", rng.choice(ws))
        f = rng.randrange(7)
        if f == 0: core = " ".join(parts)
        elif f == 1: core = "".join(p[:1].upper() + p[1:] for p in parts)
        elif f == 2: core = "".join(parts).lower()
        elif f == 3: core = "-".join(parts)
        elif f == 4: core = "_".join(p[:1].upper() + p[1:] for p in parts)
        elif f == 5: core = ".".join(parts).lower()
        else: core = "".join(parts).capitalize()
        return decorate(core, rng)
    return one

def spaced(held):
    """A short joiner, a space, hyphen, underscore or dot, and the word it leads to ("My Dad",
    "Fy-Mam", "Yr_Ysgol", "Mr.Smith"), decorated."""
    lead = ["My", "my", "I", "Fy", "fy", "Yr", "yr", "Y", "Mr", "Mrs", "Dr", "Ms"]
    family = ["Dad", "Mum", "Mam", "Nan", "Gran", "Tad", "Nhad", "Nain", "Taid", "Family", "Teulu", "Cariad", "Darling"]
    ws = split(welsh_names + female[:300] + male[:200] + surnames[:300] + pets + [w.capitalize() for w in welsh_words]
               + wordlike + places, held)
    def one(rng):
        word = rng.choice(family) if rng.random() < 0.25 else rng.choice(ws)
        return decorate(rng.choice(lead) + rng.choice(" -_.") + case(word.replace(" ", ""), rng), rng)
    return one

def joined(held):
    """Two names, pets or everyday words joined by a digit, a symbol or a word ("Pony1cat",
    "Carys&Emily", "NainaTaid"), one after a small joiner in lower case ("mrsmith",
    "ihatemondays"), one before a short ending ("BellaAndMe", "SwanseaFC"), or a name and an
    initial ("CarysJ", "Jones.C")."""
    ws = split(welsh_names + female[:300] + male[:200] + pets + wordlike + [w.capitalize() for w in welsh_words]
               + clubs, held)
    small = ["my", "mr", "mrs", "fy", "yr", "dr", "ms", "ihate", "iheart", "imiss", "ilove", "i"]
    between = ["&", "+", "and", "And", "a", "A", "ac", "n", "N", "&&", "_&_", "-a-"]
    endings = ["andme", "AndMe", "&Me", "+me", "FC", "Fc", "4ever", "AFC", "ANDME", "ami", "afi"]
    names = split(welsh_names + female[:300] + male[:200] + surnames[:300], held)
    def one(rng):
        a, b = case(rng.choice(ws), rng), case(rng.choice(ws), rng)
        f = rng.randrange(5)
        if f == 0: core = a + str(rng.randint(0, 9)) + b
        elif f == 1: core = a + rng.choice(between) + b
        elif f == 2: core = rng.choice(small) + (b.lower() if rng.random() < 0.5 else b)
        elif f == 3: core = a + rng.choice(endings)
        else: core = rng.choice(names).capitalize() + rng.choice(["", "", ".", "_"]) + chr(65 + rng.randrange(26))
        return decorate(core, rng)
    return one

def between(held):
    """Two names, pets, places or clubs with a number and a symbol between them ("Tom1980#Jones",
    "Beca2015&Cai", "Efa.1986.Ruth", "Carys 1990 Jones"), then nothing, a symbol or digits."""
    ws = split(welsh_names + female[:300] + male[:200] + surnames[:300] + pets + places[:54] + clubs, held)
    def one(rng):
        a, b = case(rng.choice(ws).replace(" ", ""), rng), case(rng.choice(ws).replace(" ", ""), rng)
        n = rng.choice([year(rng), year(rng), str(rng.randint(0, 9)), str(rng.randint(10, 99)), "123", "1234", "01", "12"])
        c = rng.choice(symbols)
        f = rng.randrange(4)
        mid = n + c if f == 0 else (c + n if f == 1 else (c + n + c if f == 2 else " " + n + " "))
        r = rng.random()
        end = "" if r < 0.4 else (rng.choice(symbols) if r < 0.7 else str(rng.randint(0, 99)))
        return a + mid + b + end
    return one

for split_name, seed in (("dev", 1001), ("held", 2002)):
    held = split_name == "held"
    rng = random.Random(seed)
    three = (nouns + legacy) if held else eff
    fams = {
        "words3": words_n(three, 3),
        "words4": words_n(three, 4),
        "random": random_string,
        "school": school(held),
        "school2": school2(held),
        "welsh": welsh(held),
        "welsh2": welsh2(held),
        "mangled": mangled(held),
        "mangled2": mangled2(held),
        "multi": multi(held),
        "spaced": spaced(held),
        "joined": joined(held),
        "between": between(held),
    }
    for name, fn in fams.items():
        rows = make(fn, count, rng)
        with open(os.path.join(out, f"{name}.{split_name}.txt"), "w") as f:
            f.write("\n".join(rows) + "\n")
print(f"wrote {out}")
