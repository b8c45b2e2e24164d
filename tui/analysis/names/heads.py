"""The words an English name ends in that say what it names: "Network Rail" is a
company, "Heaton Moor" a place, "Crown Court" a court of law. English news also uses
them inside German articles ("Abaco Island", "Kutama College").
"""

from __future__ import annotations

# the last word of an English organisation's name: "Network Rail", "Virgin Trains"
EN_ORG_HEADS = frozenset(
    {
        "Rail",
        "Railways",
        "Railway",
        "Trains",
        "Airways",
        "Airlines",
        "Energy",
        "Mining",
        "Bank",
        "Group",
        "Holdings",
        "Motors",
        "Corporation",
        "Corp",
        "Inc",
        "Ltd",
        "plc",
        "PLC",
        "Company",
        "Association",
        "Federation",
        "Institute",
        "University",
        "College",
        "Party",
        "Commission",
        "Authority",
        "Agency",
        "Foundation",
        "Trust",
        "Society",
        "Exporters",
        "Manufacturers",
        "Insurance",
        "Pharmaceuticals",
        "Pharma",
        "Shipbuilding",
        "Shipyard",
        "Shipyards",
        "Dockyard",
        "Construction",
        "Engineering",
        "Platforms",
        "Minerals",
        "Airports",
        "Gruppe",
        "Forum",
        "Telecom",
        "Media",
        "Ministry",
        "Department",
        "Embassy",
        "Consulate",
        "Ferries",
        # cruise lines and police forces: "Marella Cruises", "Isle of Man Constabulary"
        "Cruises",
        "Constabulary",
        # tram operators and port companies: "Yarra Trams", "Ports of Jersey"
        "Trams",
        "Ports",
        # industries firms are named by: "Jindal Steel", "Keelbeg Renewables", "Kaveri
        # Agritech", "Ningbo Huaxin Precision"
        "Steel",
        "Steels",
        "Metals",
        "Chemicals",
        "Precision",
        "Brewery",
        "Renewables",
        "Agritech",
        "Semiconductors",
        "Automotive",
        "Biotech",
        "Cement",
        "Textiles",
        "Software",
        "Publishing",
        "Copper",
        "Platinum",
        "Lithium",
        "Uranium",
        "Diamonds",
        "Police",
        "Council",
        "Hospital",
        "Infirmary",
        "Homes",
        "Transit",
        "League",
        "Journal",
        "Union",
        "Club",
        "Board",
        "Bureau",
        "Institutes",
        "Organisation",
        "Organization",
        "Administration",
        "Office",
        "Alliance",
        "Pictures",
        "Studios",
        "Films",
        "Records",
        "Entertainment",
        "Productions",
        "Partners",
        "Ventures",
        "Systems",
        "Technologies",
        "Labs",
        "Networks",
        "Logistics",
        "Foods",
        "Brands",
        "Resources",
        "Petroleum",
        "Electric",
        "Electronics",
        "Semiconductor",
        "Aerospace",
        "Capital",
        "Command",
        "Securities",
        "Intelligence",
        "Investments",
        "Advisors",
        "Advisers",
        "Associates",
        "Consulting",
        "Solutions",
        "Industries",
        "Enterprises",
        "Therapeutics",
        "Biosciences",
        "Robotics",
        "Analytics",
        "Shipping",
        # schools and ensembles: "Tottori Johoku High School", "Emaar Properties"
        "School",
        "Schools",
        "Academy",
        "Conservatory",
        "Properties",
        "Choir",
        "Orchestra",
        # newspapers: "the Dhaka Tribune", "the Montreal Gazette"
        "Tribune",
        "Gazette",
        "Herald",
        "Chronicle",
        "Courier",
    }
)
# the last word of an English place's name: "Heaton Moor", "College Green"
EN_PLACE_HEADS = frozenset(
    {
        "Moor",
        "Green",
        "Street",
        "Road",
        "Square",
        "Heath",
        "Common",
        "Lane",
        "Avenue",
        "Valley",
        "Bay",
        "Island",
        "Islands",
        "Bridge",
        "Creek",
        "River",
        "Lake",
        "Place",
        "Mountain",
        "Mountains",
        "Falls",
        "Beach",
        "Park",
        "Stadium",
        "Arena",
        "Ballroom",
        "Hall",
        "Cathedral",
        "Abbey",
        "Castle",
        "County",
        "Airport",
        "Harbour",
        "Harbor",
        "Peninsula",
        "Canyon",
        "Peak",
        "Ridge",
        "Inlet",
    }
)
# place heads no person's surname is: "James Island" (a person to the model) is a place
EN_PLACE_ONLY_HEADS = frozenset(
    {"Island", "Islands", "Creek", "River", "Lake", "Valley", "Avenue", "Road", "Square"}
    | {"County", "Airport", "Harbour", "Harbor", "Peninsula", "Canyon", "Bridge", "Banks"}
    | {"Strait", "Straits", "Motorway", "Highway", "Freeway", "Expressway", "Sea", "Ocean"}
    | {"Dam", "Reservoir", "Spaceport", "Glacier", "Volcano", "Desert", "Gorge", "Pass"}
    | {"Garden", "Gardens", "Shoal", "Reef", "Atoll", "Fjord", "Estuary", "Headland"}
    | {"Abbey", "Priory", "Monastery", "Basilica", "Mosque", "Shrine", "Cabin", "Sanctuary"}
    | {"Pier", "Wharf", "Quay", "Marina", "Bay", "Bight", "Locks", "Street", "Terrace", "Lane"}
    | {"Basin", "Station", "Camp", "Building", "Ness", "Coast"}
    | {"Synagogue", "Temple", "Chapel", "Pagoda", "Prefecture", "Gulf", "Delta", "Lagoon"}
    | {"Plateau", "Falls", "Hills", "Mountains", "Boulevard", "Blvd", "Ave", "Rd"}
    # administrative units: "Donetsk Oblast", "Limpopo Province", "Basel-Stadt Canton"
    | {"Oblast", "Krai", "Governorate", "Province", "Region", "Territory", "Canton"}
    | {"Parish", "Borough", "Municipality"}
    # sites: "Lekki Free Trade Zone", "Federal Palace", "Moín Container Terminal"
    | {"Zone", "Palace", "Tower", "Canal", "Corridor", "Terminal", "Base", "Crossing"}
    # venues: "Newport Performing Arts Theater"
    | {"Theater", "Theatre", "Amphitheatre", "Amphitheater"}
    # a court's buildings ("the Four Courts", "Royal Courts of Justice"), a quarry, a
    # Polish province
    | {"Courts", "Quarry", "Voivodeship"}
    # mountains and waters: "Crater Peak", "Cook Inlet", "Prince William Sound"
    | {"Peak", "Peaks", "Ridge", "Inlet", "Sound", "Settlement", "Docks"}
)
# the first word of a place's name: "Lake Powell", "Cape Hatteras", "Mount Etna"
PLACE_FIRST = frozenset({"Cape", "Mount", "Fort", "Lake", "Port", "Col", "Firth"})
# the first word of a place's name in the languages English news quotes: "Stadio Luigi
# Ferraris", "Palacio de López", "Piazza Navona" (whatever the model called them)
FOREIGN_PLACE_FIRST = frozenset(
    {"Stadio", "Estadio", "Estádio", "Palacio", "Palazzo", "Plaza", "Piazza", "Praça"}
    | {"Rue", "Avenida", "Calle", "Via", "Lago", "Puerto", "Bahía", "Champs"}
    | {"Carretera", "Autopista", "Rodovia", "Paseo"}
    | {"Isola", "Ilha", "Île", "Cerro", "Laguna", "Pays", "Golfo", "Río"}
    | {
        "Jalan",
        "Lorong",
        "Persiaran",
        "Lebuhraya",
        "Parc",
    }  # Malay streets: "Jalan Tun Abdul Razak"
)
# waters and lands named "… of" a place: "Straits of Johor", "Gulf of Mexico"
WATERS_OF = frozenset({"Strait", "Straits", "Gulf", "Bay", "Sea", "Isle", "Isles", "Cape"})
# the first word of an organisation's name, English or as English news quotes it:
# "Banca Alpina Veneta", "Parti Québécois", "Museum Mayer van den Bergh"
ORG_FIRST = frozenset(
    {"Banca", "Banco", "Banque", "Parti", "Partido", "Partito", "Museum", "Musée", "Museo"}
    | {"Grupo", "Groupe", "Università", "Université", "Universidad", "Instituto"}
    | {"Fundación", "Fondation", "Fondazione", "Società", "Sociedad", "Compagnie"}
    # Malay and Indonesian bodies ("Universiti Malaya", "Majlis Amanah Rakyat"), the
    # Italian coast guard, French orchestras
    | {"Universiti", "Universitas", "Majlis", "Kementerian", "Jabatan", "Suruhanjaya"}
    | {"Guardia", "Orchestre"}
)
# the first word of a race's or a cup's name: "Copa del Rey", "Vuelta a España"
# a military or police operation by its code name: "Operation Fansan Yamma"
EVENT_FIRST = frozenset({"Copa", "Coppa", "Coupe", "Vuelta", "Giro", "Operation"})
# a reserve that is a place, not a bank: "Hermaness National Nature Reserve"
RESERVE_KINDS = frozenset({"Nature", "Game", "Wildlife", "Marine", "Forest", "Biosphere"})
# the word before "Court" that makes it a court of law, not a place ("Earls Court")
COURT_KINDS = frozenset(
    {
        "Superior",
        "Supreme",
        "High",
        "Crown",
        "District",
        "Federal",
        "Magistrates",
        "Magistrates'",
        "Appeals",
        "Circuit",
        "Family",
        "Constitutional",
        "Criminal",
        "Sheriff",
        "Youth",
        "Administrative",
        "Tax",
        "Employment",
        "Bankruptcy",
        "Coroner's",
        "Coroners",
        "Military",
        "Juvenile",
        "Municipal",
        "Claims",
        "National",
        "Provincial",
        "Regional",
        "State",
        "County",
        "Commercial",
        "Labour",
        "Labor",
        "Industrial",
        "Land",
        "Special",
        "Appellate",
        # Commonwealth and Islamic courts: "the Grand Court" (Cayman Islands), "the
        # Summary Court", "the Sharia Court", "the Environment and Land Court"
        "Grand",
        "Summary",
        "Civil",
        "Trial",
        "Probate",
        "Chancery",
        "Sharia",
        "Shariah",
        "Customary",
        "Electoral",
        "Environment",
        "Environmental",
        "Traffic",
        "Small",
    }
)
# the word before a road's number: "Interstate 26", "National Highway 715"
ROAD_WORDS = frozenset({"Interstate", "Highway", "Route", "Motorway"})
# a storm's kind and its grade before its name: "Super Typhoon Rolly", "Hurricane Perrin"
STORM_WORDS_EN = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm"})
STORM_GRADES = frozenset({"Super", "Tropical", "Severe", "Subtropical", "Post-Tropical"})
# the US states' and Canada's provinces' abbreviations of news style (AP), without their
# full stop: "Kenora, Ont.", "Carlsbad, N.M.", "Madison, Wis."
STATE_ABBREVIATIONS = frozenset(
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
        "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
        "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D",
        "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "Alta", "B.C", "Man", "N.B",
        "N.L", "N.S", "Ont", "P.E.I", "Que", "Sask",
    }
)  # fmt: skip


# the local units of other states, written in lower case after a name that they make a
# place: Mongolia's aimags and soums, Bhutan's dzongkhags and gewogs, Ethiopia's woredas,
# Bangladesh's upazilas, Russia's oblasts ("Uvurkhangai aimag"); and a town's parts
LOCAL_UNITS = frozenset(
    {"aimag", "soum", "dzongkhag", "gewog", "woreda", "upazila", "oblast", "neighbourhood"}
    | {"neighborhood"}
)
# German's definite articles
DE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
# what follows a place in its council's name: "Clare County Council", "Leeds City Council"
COUNCIL_WORDS = frozenset(
    {"County", "City", "District", "Borough", "Council", "Town", "Regional", "Municipal"}
)
