/// Small lists kept in the repository because no Debian package has them: the words staff at
/// schools in Wales and England build passwords from. Each list is in rough order of how
/// common its entries are (the first ones rank first), one entry a line or separated by
/// commas; the builder folds case and accents and drops spaces, hyphens and apostrophes.
///
/// Where they come from (facts, not copied text):
/// - Welsh first names: the most given Welsh names in the Welsh Government / ONS baby-name
///   tables for Wales of the last fifty years, and traditional Welsh names.
/// - Welsh words: everyday Welsh (greetings, family, nature, school, sport, mottoes); the full
///   Welsh vocabulary comes from Debian's aspell-cy at build time.
/// - Places: Welsh principal areas, towns and villages, and the larger UK towns and cities,
///   as named by the Ordnance Survey (English and Welsh forms).
/// - House and street names: the commonest house names in Wales and street names in Wales
///   and England, as the Royal Mail's address file and the Ordnance Survey list them (an
///   address is identifiable information the policies name).
/// - Clubs: football clubs of the Premier League, English Football League and Cymru Premier,
///   Welsh and English rugby union and league clubs and regions, with their usual short forms.
/// - School words and phrases: words of school life, and the phrases and templates people
///   put around a word ("ilove", "welcome", "4ever"), from published password-habit studies
///   and the shapes helpdesks see.
public enum CuratedWords {
    public struct List: Sendable {
        public let name: String
        public let category: WordCategory
        /// The rank of the first entry; entry i ranks `firstRank + i * step`.
        public let firstRank: Int
        public let step: Int
        public let text: String

        /// The entries, in order.
        public var entries: [Substring] {
            text.split(whereSeparator: { $0 == "\n" || $0 == "," }).map { $0.trimmingBlanks }.filter { !$0.isEmpty }
        }
    }

    public static let lists: [List] = [
        List(name: "Welsh first names", category: .firstName, firstRank: 5, step: 3, text: welshFirstNames),
        List(name: "pet names", category: .firstName, firstRank: 5, step: 3, text: petNames),
        List(name: "Welsh words", category: .word, firstRank: 5, step: 4, text: welshWords),
        List(name: "Welsh places", category: .place, firstRank: 5, step: 3, text: welshPlaces),
        List(name: "UK places", category: .place, firstRank: 5, step: 3, text: ukPlaces),
        List(name: "football and rugby clubs", category: .place, firstRank: 5, step: 3, text: clubs),
        List(name: "house and street names", category: .place, firstRank: 5, step: 3, text: housesAndStreets),
        List(name: "school words", category: .word, firstRank: 5, step: 4, text: schoolWords),
        List(name: "phrases", category: .commonPassword, firstRank: 2, step: 2, text: phrases),
        List(name: "joiners", category: .joiner, firstRank: 2, step: 2, text: joiners),
    ]

    /// Adds every list to `builder`.
    public static func add(to builder: WordListBuilder) {
        for list in lists {
            for (i, entry) in list.entries.enumerated() {
                // Phrases are stored as typed without spaces ("cymruambyth"); the matcher reads
                // them across separators and apostrophes ("Cymru-Am-Byth", "Pentre'r Eglwys").
                let word = String(entry.unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "'" && $0 != "\u{2019}" })
                // An entry of several words ("Diolch yn fawr", "cefn gwlad") is a phrase people
                // type whole, with separators or a capital to each word: a common one.
                let phrase = entry.contains(" ") || entry.contains("-")
                builder.add(word, phrase ? list.category.union(.commonPassword) : list.category,
                            rank: list.firstRank + i * list.step, origin: .curated)
            }
        }
    }

    static let welshFirstNames = """
        Dylan, Rhys, Osian, Cai, Ioan, Tomos, Gethin, Iwan, Evan, Elis, Harri, Macsen, Dafydd, Owain, Gruffudd, Gruffydd,
        Llew, Tegid, Sion, Siôn, Aled, Alun, Arwel, Bryn, Bryn, Carwyn, Cerys, Ceri, Dewi, Dai, Eifion, Emrys, Emlyn, Geraint,
        Gareth, Glyn, Gwilym, Gwyn, Gwion, Huw, Hywel, Idris, Iestyn, Ieuan, Ifan, Ifor, Iolo, Islwyn, Llŷr, Llyr, Llywelyn,
        Meilyr, Meirion, Mostyn, Morgan, Myrddin, Nye, Aneurin, Owen, Padrig, Pedr, Peredur, Prys, Rhodri, Rhydian, Rhun,
        Rhidian, Steffan, Siencyn, Taliesin, Tudur, Twm, Wyn, Wynn, Brynmor, Cadoc, Caradog, Cledwyn, Deiniol, Elfed, Elgan,
        Emyr, Eurig, Gwydion, Gwynfor, Heddwyn, Hedd, Islwyn, Lloyd, Math, Medwyn, Melfyn, Mervyn, Nia, Seren, Megan, Ffion,
        Carys, Cerys, Lowri, Elin, Alaw, Mali, Efa, Begw, Nansi, Non, Gwen, Gwenllian, Dwynwen, Gwenno, Gwenan, Catrin, Cadi, Manon,
        Nerys, Rhian, Rhiannon, Sian, Siân, Siwan, Siwsi, Sioned, Tirion, Tegan, Tesni, Angharad, Anwen, Awen, Beca, Bethan,
        Branwen, Bronwen, Bronwyn, Caryl, Ceinwen, Delyth, Dilys, Eirlys, Eirian, Eleri, Elen, Elan, Ela, Enfys, Esyllt,
        Ffraid, Glenys, Glesni, Gwladys, Heledd, Heulwen, Llinos, Lleucu, Luned, Mair, Mared, Mererid, Morfudd, Myfanwy,
        Nest, Nesta, Olwen, Rhonwen, Seirian, Sara, Sian, Tanwen, Tegwen, Non, Wenna, Ynyr, Eirwen, Mabli, Martha, Erin,
        Isla, Nel, Hana, Lili, Elsi, Gwawr, Haf, Heulyn, Briallen, Celyn, Derwen, Eira, Ffion, Gwenith, Hafwen, Iola,
        Lois, Mirain, Morwenna, Nona, Rhoswen, Saran, Teleri, Annest, Ania, Eirys, Lisa, Meinir, Menna, Nerys, Rhianwen
        """

    static let petNames = """
        Bella, Luna, Max, Charlie, Coco, Daisy, Molly, Milo, Teddy, Alfie, Bailey, Poppy, Rosie, Ruby, Buster, Bonnie,
        Lola, Tilly, Millie, Oscar, Archie, Bear, Lucy, Nala, Simba, Oreo, Smudge, Tigger, Ginger, Misty, Shadow, Sooty,
        Patch, Lucky, Rocky, Buddy, Bruno, Benji, Barney, Murphy, Monty, Ollie, Pippin, Pip, Pepper, Biscuit, Cookie,
        Honey, Maple, Mittens, Whiskers, Fluffy, Snowy, Snowball, Socks, Tiger, Smokey, Pumpkin, Jasper, Felix, Leo,
        Loki, Thor, Zeus, Ziggy, Dexter, Frankie, Harvey, Hugo, Marley, Otis, Ralph, Rolo, Rufus, Scout, Winston, Bramble,
        Bonzo, Jess, Meg, Sam, Toby, Fudge, Truffle, Peanut, Pebbles, Hazel, Willow, Skye, Storm, Gizmo, Pickle, Noodle,
        Mabel, Minnie, Mitzi, Nelly, Olive, Penny, Phoebe, Polly, Rosie, Sasha, Sky, Stella, Suki, Sweep, Tess, Trixie
        """

    static let welshWords = """
        cymru, croeso, diolch, hiraeth, cariad, calon, bore, nos, noswaith, bendigedig, hwyl, iechyd, dwlu, caru, cwtch,
        pêl-droed, pêl-rwyd, mam-gu, tad-cu, pen-blwydd, iechyd da, nadolig llawen, blwyddyn newydd dda,
        pen blwydd hapus, noswaith dda, da iawn, croeso i gymru, dydd gŵyl dewi, calon lân, gwlad y gân, ar lan y môr,
        santes dwynwen, dydd santes dwynwen,
        cymraeg, cymreig, draig, dreigiau, ddraig, mam, tad, mamgu, tadcu, nain, taid, bamp, nana, brawd, chwaer, teulu,
        plant, plentyn, ffrind, ffrindiau, ysgol, athro, athrawes, dosbarth, gwers, llyfr, pensil, cinio, brecwast, te,
        coffi, bara, caws, cawl, tatws, afal, pysgod, cig, llaeth, dwr, dŵr, gwin, cwrw, haul, glaw, eira, gwynt, mor, môr,
        mynydd, mynyddoedd, afon, llyn, coed, coeden, blodau, blodyn, cennin, cenhinen, daffodil, tywod, traeth, awyr,
        seren, serennog, lleuad, haf, gaeaf, gwanwyn, hydref, nadolig, pasg, dydd, heddiw, yfory, ddoe, wythnos, mis,
        blwyddyn, ionawr, chwefror, mawrth, ebrill, mai, mehefin, gorffennaf, awst, medi, hydref, tachwedd, rhagfyr,
        llun, mercher, iau, gwener, sadwrn, sul, cath, ci, cŵn, ceffyl, defaid, dafad, buwch, mochyn, aderyn, adar,
        cadno, llwynog, ddraig, draig, goch, coch, glas, gwyrdd, melyn, du, gwyn, gwen, pinc, porffor, oren, llwyd,
        un, dau, tri, pedwar, pump, chwech, saith, wyth, naw, deg, cant, mil, gorau, gwych, da, ardderchog, hapus, trist,
        cyfrinair, cyfrinach, hafan, cartref, ty, tŷ, gardd, drws, ffenest, car, beic, tren, trên, bws, pêl, pel, peldroed,
        rygbi, criced, tim, tîm, gêm, gem, chwarae, canu, cân, cerdd, cerddoriaeth, eisteddfod, urdd, steddfod, dawns,
        gobaith, heddwch, rhyddid, cyfiawnder, nerth, cryf, dewr, balch, annwyl, cariadus, cwtsh, bach, mawr, hen, newydd,
        cymuned, bro, gwlad, gwladgarwr, hen wlad fy nhadau, tadau, mamau, byth, am byth, yma o hyd, cymru am byth,
        pob lwc, penblwydd, pen blwydd, llongyfarchiadau, shwmae, sut mae, helo, hwyl fawr, nos da, bore da, prynhawn da,
        iawn, diolch yn fawr, croeso cymru, gwlad gwlad, cwm, cwmwl, ceunant, dyffryn, bryn, pant, nant, ffynnon, tywi,
        teifi, taf, hafren, gwy, dyfi, conwy, menai, eryri, bannau, preseli, llyn tegid, enfys, storm, mellt, taran,
        brenin, brenhines, tywysog, tywysoges, arglwydd, marchog, cleddyf, castell, eglwys, capel, llan, pentref, tref,
        dinas, sir, cefn gwlad, fferm, ffermwr, tractor, ysbryd, hud, hudol, breuddwyd, stori, chwedl, arwr, arwres,
        mabinogi, arthur, myrddin, rhiannon, branwen, blodeuwedd, pwyll, pryderi, gwydion, ceridwen, taliesin, cantre,
        cwmni, gwaith, swydd, arian, aur, dur, glo, llechi, haearn, copr, ffynnon, ysbyty, meddyg, nyrs, heddlu,
        modryb, ewythr, bopa, un dau tri, un dau tri pedwar, bara brith, bara lawr, pice ar y maen, caru cymru,
        dwi'n caru cymru, rwy'n caru cymru, ein teulu, ein cartref, fy nghariad, dy gariad, teulu ni
        """

    static let welshPlaces = """
        Cardiff, Caerdydd, Swansea, Abertawe, Newport, Casnewydd, Wrexham, Wrecsam, Barry, Y Barri, Neath, Castell-nedd,
        Port Talbot, Bridgend, Pen-y-bont, Penybont, Cwmbran, Cwmbrân, Llanelli, Merthyr, Merthyr Tydfil, Caerphilly, Caerffili,
        Pontypridd, Aberdare, Aberdâr, Rhondda, Aberystwyth, Bangor, Carmarthen, Caerfyrddin, Haverfordwest, Hwlffordd,
        Pembroke, Penfro, Tenby, Dinbych-y-pysgod, Milford Haven, Aberdaugleddau, Fishguard, Abergwaun, St Davids, Tyddewi,
        Cardigan, Aberteifi, Lampeter, Llanbed, Brecon, Aberhonddu, Llandrindod, Builth, Llanfair, Llangollen, Ruthin, Rhuthun,
        Denbigh, Dinbych, Rhyl, Y Rhyl, Prestatyn, Colwyn Bay, Bae Colwyn, Llandudno, Conwy, Caernarfon, Porthmadog,
        Pwllheli, Criccieth, Cricieth, Blaenau Ffestiniog, Dolgellau, Bala, Y Bala, Barmouth, Abermaw, Harlech, Tywyn, Machynlleth,
        Newtown, Y Drenewydd, Welshpool, Y Trallwng, Llanidloes, Holyhead, Caergybi, Llangefni, Beaumaris, Biwmares, Menai,
        Amlwch, Mold, Yr Wyddgrug, Flint, Y Fflint, Holywell, Treffynnon, Buckley, Connah's Quay, Shotton, Queensferry,
        Chirk, Y Waun, Ebbw Vale, Glyn Ebwy, Tredegar, Abertillery, Abertyleri, Blaenavon, Blaenafon, Pontypool, Pont-y-pŵl,
        Abergavenny, Y Fenni, Monmouth, Trefynwy, Chepstow, Cas-gwent, Usk, Brynbuga, Caldicot, Cil-y-coed, Risca, Blackwood,
        Coed Duon, Bargoed, Ystrad Mynach, Treharris, Nelson, Ystradgynlais, Ammanford, Rhydaman, Llandeilo, Llandovery,
        Llanymddyfri, Kidwelly, Cydweli, Burry Port, Porth Tywyn, Pembrey, Gorseinon, Pontarddulais, Clydach, Morriston,
        Treforys, Mumbles, Mwmbwls, Gower, Gŵyr, Sketty, Sgeti, Townhill, Bonymaen, Penlan, Fforestfach, Gowerton, Tregŵyr,
        Porthcawl, Maesteg, Pencoed, Caerau, Cymmer, Nantyffyllon, Ogmore, Ogwr, Tonypandy, Treorchy, Treorci, Porth,
        Ferndale, Glynrhedynog, Tonyrefail, Llantrisant, Talbot Green, Beddau, Church Village, Pentre'r Eglwys, Mountain Ash,
        Aberpennar, Abercynon, Hirwaun, Penarth, Dinas Powys, Llantwit Major, Llanilltud Fawr, Cowbridge, Y Bont-faen, Rhoose,
        Splott, Adamsdown, Canton, Treganna, Grangetown, Butetown, Cathays, Roath, Y Rhath, Llandaff, Llandaf, Whitchurch,
        Yr Eglwys Newydd, Rhiwbina, Llanishen, Llanisien, Cyncoed, Pontprennau, Pentwyn, Llanrumney, Llanrhymni, Rumney,
        Trowbridge, St Mellons, Llaneirwg, Ely, Trelái, Fairwater, Tyllgoed, Radyr, Radur, Pentyrch, Creigiau, Gabalfa,
        Heath, Y Mynydd Bychan, Caerleon, Caerllion, Bettws, Malpas, Rogerstone, Ty-du, Maindee, Pillgwenlly, Ringland,
        Alway, Llanwern, Magor, Magwyr, Undy, Rhosllanerchrugog, Rhos, Gresford, Gresffordd, Brymbo, Coedpoeth, Acrefair,
        Cefn Mawr, Ruabon, Rhiwabon, Overton, Bangor-on-Dee, Llanrwst, Betws-y-Coed, Penmaenmawr, Llanfairfechan, Abergele,
        Bethesda, Llanfair PG, Llanberis, Yr Wyddfa, Pen y Fan, Tal-y-bont, Nefyn, Abersoch, Aberdaron, Benllech, Rhosneigr, Menai Bridge, Porthaethwy, Llanfairpwll,
        Aberaeron, New Quay, Cei Newydd, Tregaron, Newcastle Emlyn, Castellnewydd Emlyn, Llandysul, Crymych, Narberth, Arberth,
        Saundersfoot, Neyland, Pembroke Dock, Doc Penfro, Newport Pembs, Trefdraeth, Hay-on-Wye, Y Gelli, Crickhowell,
        Crucywel, Talgarth, Rhayader, Rhaeadr, Knighton, Trefyclo, Presteigne, Llanfyllin, Montgomery, Trefaldwyn,
        Cwmafan, Baglan, Briton Ferry, Llansawel, Skewen, Sgiwen, Glynneath, Glyn-nedd, Pontardawe, Resolven, Seven Sisters,
        Ystalyfera, Cwmllynfell, Gwaun-Cae-Gurwen, Brynaman, Tumble, Y Tymbl, Cross Hands, Pontyberem, Trimsaran, Ferryside,
        Llansteffan, Laugharne, Talacharn, St Clears, Sanclêr, Whitland, Hendy-gwyn, Cwmaman, Aberaman, Trecynon, Abercanaid,
        Troedyrhiw, Dowlais, Gurnos, Pentrebach, Rhymney, Rhymni, Senghenydd, Abertridwr, Machen, Bedwas, Llanbradach,
        Senghennydd, Newbridge, Trecelyn, Crumlin, Crymlyn, Cwm, Brynmawr, Bryn-mawr, Nantyglo, Gilfach, Aberbargoed,
        Wattsville, Crosskeys, Pontllanfraith, Penyrheol, Trethomas, Blackmill, Gilfach Goch, Ynysybwl, Trealaw, Ystrad,
        Pentre, Ton Pentre, Treherbert, Blaenrhondda, Tylorstown, Maerdy, Y Maerdy, Wattstown, Ynyshir, Trebanog, Cymmer,
        Llanharan, Llanharry, Pontyclun, Miskin, Meisgyn, Sarn, Bryncethin, Brynmenyn, Kenfig Hill, Pyle, Y Pîl, Cornelly,
        Nottage, Ewenny, Laleston, Coity, Coety, Wildmill, Bettws, Pontycymer, Blaengarw, Ogmore Vale, Nant-y-moel, Tondu,
        Aberkenfig, Sarn, Cefn Cribwr, Margam, Taibach, Aberavon, Aberafan, Sandfields, Cimla, Tonna, Cadoxton, Llandarcy,
        Aberdyfi, Aberdovey, Capel Curig, Deganwy, Meliden, Gallt Melyd, Dyserth, Bwcle, Saltney, Corwen, Llanwrtyd,
        Llanwrtyd Wells, Llantwit Fardre, Wdig, Niwbwrch, Penrhyndeudraeth, Trefriw, Morfa Nefyn, Tudweiliog, Moelfre,
        Cemaes, Rhosgadfan, Waunfawr, Penisarwaun, Penygroes, Llithfaen, Chwilog, Llanystumdwy, Pentrefoelas, Bodfari,
        Caerwys, Ysceifiog, Penycae, Glyn Ceiriog, Llanfair Caereinion, Caersws, Llanbrynmair, Cynwyd, Ponterwyd,
        Pontrhydfendigaid, Pencader, Cenarth, Maenclochog, Solva, Solfach, Maenorbyr, Felinfoel, Llwynhendy, Bynea,
        Oxwich, Port Eynon, Llansamlet
        """

    static let ukPlaces = """
        London, Manchester, Liverpool, Birmingham, Leeds, Sheffield, Bristol, Newcastle, Nottingham, Leicester, Coventry,
        Bradford, Hull, Stoke, Wolverhampton, Plymouth, Southampton, Portsmouth, Reading, Derby, Sunderland, Brighton,
        Oxford, Cambridge, York, Bath, Chester, Shrewsbury, Hereford, Gloucester, Cheltenham, Worcester, Telford, Exeter,
        Norwich, Ipswich, Colchester, Luton, Watford, Slough, Swindon, Bournemouth, Poole, Blackpool, Preston, Bolton,
        Wigan, Warrington, Stockport, Oldham, Rochdale, Salford, Burnley, Blackburn, Huddersfield, Halifax, Wakefield,
        Doncaster, Rotherham, Barnsley, Middlesbrough, Durham, Carlisle, Lancaster, Birkenhead, Wirral, Southport,
        Crewe, Stafford, Lichfield, Walsall, Dudley, Solihull, Northampton, Peterborough, Milton Keynes, Bedford,
        Canterbury, Dover, Maidstone, Chelmsford, Southend, Basildon, Guildford, Woking, Croydon, Bromley, Harrow,
        Ealing, Hackney, Camden, Islington, Brixton, Wembley, Chelsea, Fulham, Kensington, Westminster, Greenwich,
        Edinburgh, Glasgow, Aberdeen, Dundee, Inverness, Stirling, Perth, Belfast, Derry, Armagh, Newry, Lisburn,
        Cornwall, Devon, Dorset, Somerset, Kent, Essex, Sussex, Surrey, Yorkshire, Lancashire, Cheshire, Shropshire,
        Norfolk, Suffolk, Cumbria, Wales, England, Scotland, Ireland, Britain, Anglesey, Snowdonia, Pembrokeshire,
        Ceredigion, Gwynedd, Powys, Carmarthenshire, Glamorgan, Morgannwg, Gwent, Monmouthshire, Denbighshire,
        Flintshire, Torfaen, Blaenau Gwent, Sir Gaerfyrddin, Sir Benfro, Ynys Môn, Penzance, Truro, Falmouth, Newquay,
        Torquay, Paignton, Barnstaple, Taunton, Yeovil, Weymouth, Salisbury, Winchester, Basingstoke, Weston, Clevedon
        """

    static let housesAndStreets = """
        bryn awel, ty gwyn, ty coch, bron haul, pen y bryn, glan yr afon, bryn teg, hafod, tan y bryn, gwynfryn,
        bryn hyfryd, ty newydd, pen y graig, awelfryn, llys awel, min y mor, min y môr, bryn glas, maes y coed, bryn derw,
        ty isaf, ty uchaf, plas newydd, pant y ffynnon, cae mawr, cae glas, bryn eithin, hendre, nant y coed, bod hyfryd,
        bodlondeb, brynmor, gorwel, tawelfan, gwelfor, glasfryn, penrhyn, ty'r ysgol, yr hen ysgol, yr hen efail,
        hen felin, ty mawr, ty bach, ty'n y coed, ty'n y cae, pen y lan, bryn celyn, coed y bryn, noddfa, trem y mor,
        arosfa, bryn haul, heol y coed, heol fawr, heol y parc, heol las, heol isaf, heol uchaf, heol newydd,
        heol yr eglwys, heol y capel, heol y bont, heol yr orsaf, stryd fawr, stryd y castell, stryd yr eglwys,
        ffordd y brenin, ffordd newydd, ffordd yr orsaf, maes y dre, maes yr haf, clos y dderwen, clos y wern, lon y parc,
        lon las, rhodfa'r mor, stryd y bont, high street, church road, station road, main street, park road,
        church street, london road, victoria road, green lane, manor road, church lane, park avenue, the avenue,
        the crescent, queens road, new road, grange road, kings road, mill lane, school lane, the green, castle street,
        chapel street, bridge street, market street, north street, south street, west street, east street, queen street,
        king street, george street, albert road, york road, springfield road, the drive, the close, orchard close
        """

    static let clubs = """
        Swans, Swansea City, Cardiff City, Bluebirds, Wrexham AFC, Newport County, Exiles, Merthyr Town, TNS, The New Saints,
        Bala Town, Connah's Quay Nomads, Caernarfon Town, Cofis, Penybont, Aberystwyth Town, Barry Town, Haverfordwest County,
        Cardiff Met, Pontypridd United, Colwyn Bay, Flint Town, Airbus, Llanelli Town, Arsenal, Gunners, Chelsea, Blues,
        Liverpool, Reds, LFC, Man Utd, ManUtd, Man United, ManUnited, MUFC, United, Red Devils, Man City, ManCity, MCFC,
        City, Citizens, Spurs, Tottenham, THFC, Hotspur, Everton, Toffees, EFC, Newcastle United, NUFC, Toon, Magpies,
        Aston Villa, Villa, AVFC, West Ham, Hammers, Irons, WHUFC, Leeds United, LUFC, Wolves, Brighton, Seagulls,
        Crystal Palace, Palace, Eagles, Fulham, Brentford, Bees, Bournemouth, Cherries, Forest, Nottingham Forest, Leicester City,
        Foxes, LCFC, Southampton, Saints, Sunderland, Mackems, Burnley, Clarets, Sheffield United, Blades, Sheffield Wednesday,
        Owls, Middlesbrough, Boro, Derby County, Rams, Stoke City, Potters, West Brom, Baggies, Albion, Norwich City,
        Canaries, Ipswich Town, Tractor Boys, Watford, Hornets, QPR, Millwall, Lions, Charlton, Bristol City, Robins,
        Bristol Rovers, Gas, Plymouth Argyle, Pilgrims, Portsmouth, Pompey, Birmingham City, Blackburn Rovers, Rovers,
        Preston, Man U, Hull City, Tigers, Coventry City, Sky Blues, Celtic, Rangers, Hibs, Hearts, Aberdeen, Dons,
        Scarlets, Ospreys, Dragons, Cardiff Rugby, Cardiff Blues, Llanelli RFC, Swansea RFC, Neath RFC, Pontypridd RFC,
        Ponty, Bridgend Ravens, Ravens, Newport RFC, Ebbw Vale RFC, Merthyr RFC, Aberavon RFC, Wizards, Cross Keys,
        Bedwas, Pontypool RFC, Pooler, Maesteg RFC, Glamorgan Wanderers, Wasps, Saracens, Sarries, Harlequins, Quins,
        Leicester Tigers, Bath Rugby, Gloucester Rugby, Cherry and Whites, Exeter Chiefs, Chiefs, Sale Sharks, Sharks,
        Northampton Saints, Bristol Bears, Bears, Wigan Warriors, Warriors, St Helens, Saints, Leeds Rhinos, Rhinos,
        Warrington Wolves, Castleford Tigers, Hull KR, Catalans, Crusaders, Red Dragons, Wales Rugby, WRU, Cymru Rugby,
        Lions, British Lions, Manchester United, Manchester City, Liverpool FC, Chelsea FC, Arsenal FC, Spurs FC
        """

    static let schoolWords = """
        school, ysgol, teacher, teaching, classroom, class, pupil, pupils, student, students, staff, staffroom, head,
        headteacher, deputy, principal, governor, governors, assembly, homework, lesson, lessons, timetable, register,
        uniform, playground, library, canteen, dinner, lunchtime, break, playtime, term, summer term, autumn term,
        spring term, holiday, holidays, halfterm, inset, ofsted, estyn, sats, gcse, alevel, exams, exam, marking,
        reading, writing, maths, science, english, welsh, history, geography, music, art, drama, sport, sports, pe,
        football, rugby, netball, hockey, cricket, tennis, swimming, athletics, sportsday, nursery, reception, infants,
        juniors, primary, secondary, comprehensive, academy, college, sixthform, year, form, tutor, mentor, office,
        admin, helpdesk, computer, laptop, ipad, tablet, chromebook, network, wifi, login, logon, password, passwd,
        welcome, hello, letmein, changeme, newpassword, secret, student1, teacher1, school1, pupil1, admin1,
        mammy, mummy, mammi, mami, daddy, dadi, nanny, nana, nanna, granny, grandma, grandad, grampa, grandpa, bampi,
        nanw, taid, nain, anti, aunty, auntie, uncle, wncwl, sister, brother, chwaer, brawd, babi, baby, cariad
        """

    static let phrases = """
        iloveyou, iloveu, ilovemydog, ilovemycat, ilovemyfamily, ilovemykids, ilovemum, ilovedad, iloveyoumum,
        welcome, welcomeback, welcomehome, letmein, letmeinnow, changeme, changeit, newpassword, mypassword, password,
        mydog, mycat, mypet, myhorse, mykids, myboys, mygirls, myfamily, mylove, mylife, myson, mydaughter, mywife,
        myhusband, myname, myschool, myclass, mycar, myhouse, myhome, myteam, mybaby, mybabies, myprecious,
        forever, 4ever, foreva, 4eva, forlife, 4life, always, foreverandever, togetherforever, bestfriends, bff,
        happydays, happyday, goodtimes, sunnyday, newyear, happynewyear, happybirthday, merrychristmas, christmas,
        comeon, comeonyou, come on you, cmon, upthe, up the, cmonwales, comeonwales, gowales, cymruambyth, cymru am byth,
        yma o hyd, ymaohyd, hen wlad, walesforever, proudtobewelsh, welshandproud, welshdragon, reddragon, draig goch,
        youllneverwalkalone, ynwa, glory glory, gloryglory, blueisthecolour, comeonyoureds, comeonyouspurs, coyr, coys,
        coyb, upthetoon, upthebluebirds, jackarmy, jacks, jackbastard, onewales, togetherstronger, stayhome, staysafe,
        thankyou, pleaseletmein, opensesame, trustno1, iamthebest, imthebest, theboss, numberone, number1, no1,
        its coming home, it's coming home, football's coming home, three lions, let it go, paw patrol, peppa pig,
        hakuna matata, to infinity and beyond, may the force be with you, keep calm, keep calm and carry on, just do it,
        game over, level up, swiftie, hey jude, sweet caroline, mr brightside, bread of heaven, delilah, calon lan,
        me2you, metoyou, fromme2you, gr8, gr8m8, gr8mate, l8r, l8rm8, m8, m8s, cu2moro, luv2u, love2u,
        qwerty, asdfgh, abc123, abcdef, password1, letmein1, welcome1, monkey, dragon, football, rugby, liverpool,
        caru ti, caru chdi, rwy'n dy garu di, dwi'n dy garu di, dwi'n dy garu, dwi yn dy garu, cariad bach, nos da cariad,
        coyg, coyi, coym, coyw, up the blues, up the irons, up the reds,
        ty ni, tŷ ni, ein ty, ein tŷ, ein cartref, sut wyt ti, rwy'n dy garu, oggy oggy oggy, oggy oggy
        """

    static let joiners = """
        mum, mam, dad, nan, nain, taid, gran, bamp, mamgu, tadcu, i, my, fy, yr, y, yn, am, ar, fc, afc, rfc, utd, mr, mrs, miss, ms, dr,
        afi, ami
        """
}

extension Substring {
    var trimmingBlanks: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
