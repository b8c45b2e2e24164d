"""Well-known organisations whose names look like something else.

"Morgan Stanley" and "Goldman Sachs" are built like personal names, "Oracle" and
"Apple" like common nouns; a recogniser trained on a few thousand sentences cannot
know better. A short, hand-written list of organisations that news mentions often
settles the label of an entity the model already found (it never creates one).
Written for this project from general knowledge.
"""

from __future__ import annotations

_NAMES = """
Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|J.P. Morgan|Citigroup|Citi|Bank of America|Wells Fargo
BlackRock|Vanguard|Berkshire Hathaway|Charles Schwab|Lazard|Rothschild|Barclays|HSBC|UBS|Credit Suisse
Deutsche Bank|Commerzbank|Allianz|Munich Re|Hannover Re|Deutsche Börse|ING|BNP Paribas|Santander|Nomura
SoftBank|Sequoia|Andreessen Horowitz|KKR|Blackstone|Carlyle|Apollo|Bain|McKinsey|Boston Consulting Group
Deloitte|PwC|KPMG|Ernst & Young|EY|Accenture|Moody's|Standard & Poor's|Fitch|Nasdaq|New York Stock Exchange
Microsoft|Apple|Google|Alphabet|Amazon|Meta|Facebook|Instagram|WhatsApp|Netflix|Nvidia|Intel|AMD|Qualcomm
Oracle|IBM|Cisco|Salesforce|Adobe|OpenAI|Anthropic|DeepMind|xAI|Mistral|Tesla|SpaceX|Twitter|X Corp
Samsung|Samsung Electronics|TSMC|Taiwan Semiconductor Manufacturing Company|Sony|Huawei|Alibaba|Tencent
ByteDance|TikTok|Baidu|Xiaomi|Foxconn|ASML|Arm|Broadcom|Micron|Dell|HP|Uber|Airbnb|PayPal|Spotify|Zoom
SAP|Siemens|Siemens Energy|Siemens Healthineers|Bosch|BASF|Bayer|Merck|Henkel|Beiersdorf|Adidas|Puma
Volkswagen|VW|BMW|Mercedes-Benz|Daimler|Daimler Truck|Porsche|Audi|Continental|Infineon|Zalando|Delivery Hero
Deutsche Telekom|Telekom|Deutsche Post|DHL|Lufthansa|Deutsche Bahn|Bahn|RWE|E.ON|EnBW|Uniper|Vonovia|Rheinmetall
Airbus|Boeing|Lockheed Martin|Raytheon|Thyssenkrupp|Heidelberg Materials|Fresenius|Sartorius|Symrise|MTU
Toyota|Honda|Nissan|Hyundai|Ford|General Motors|GM|Stellantis|Renault|Volvo|BYD|Shell|BP|ExxonMobil|Chevron
TotalEnergies|Saudi Aramco|Aramco|Gazprom|Rosneft|Nestlé|Unilever|Procter & Gamble|Coca-Cola|PepsiCo|Walmart
Pfizer|BioNTech|Moderna|Johnson & Johnson|Novartis|Roche|AstraZeneca|Novo Nordisk|Eli Lilly|Sanofi|GSK
Vereinte Nationen|United Nations|UN|UNO|NATO|Nato|WHO|IWF|IMF|Weltbank|World Bank|EZB|ECB|Europäische Zentralbank
Federal Reserve|Fed|Bundesbank|Bundesregierung|Bundestag|Bundesrat|Bundesverfassungsgericht|Europäische Kommission
EU-Kommission|European Commission|Europäisches Parlament|European Parliament|OECD|OPEC|Opec|WTO|G7|G20
Kreml|Pentagon|Weißes Haus|White House|Kongress|Congress|Senat|Senate|FBI|CIA|NSA|SEC|FTC|FDA|NASA|ESA
CDU|CSU|SPD|FDP|Grüne|Die Grünen|AfD|Linke|Die Linke|BSW|Republikaner|Demokraten|Republicans|Democrats
FIFA|UEFA|DFB|IOC|Bayern München|FC Bayern|Borussia Dortmund|Real Madrid|FC Barcelona|Manchester United
New York Times|Wall Street Journal|Washington Post|Financial Times|Reuters|Bloomberg|Associated Press|dpa|AFP
CNN|CNBC|BBC|Forbes|Guardian|Spiegel|Der Spiegel|Zeit|Die Zeit|FAZ|Frankfurter Allgemeine Zeitung|Handelsblatt
Süddeutsche Zeitung|SZ|Tagesschau|ARD|ZDF|Bild|Welt|Die Welt|Stern|Focus|taz|GeekWire|TechCrunch|The Verge
"""

KNOWN_ORGANISATIONS = frozenset(
    name.strip() for line in _NAMES.strip().splitlines() for name in line.split("|") if name.strip()
)
