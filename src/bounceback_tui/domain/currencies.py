"""The currencies of ISO 4217 that pay is given in, by their three-letter codes.

Read where a currency is found in text a person wrote elsewhere (a spreadsheet's pay cell,
"80k-100k USD"): three capitals are a currency only when they are one of these. Before, any
three did, and "80k DOE" ("depending on experience") was 80,000 in a currency "DOE"
(the twenty-sixth round's list). The funds, metals and test codes are left out (no one is
paid in XAU), and Croatia's kuna (replaced by the euro in 2023) is kept for older sheets.
"""

from __future__ import annotations

ISO_CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
    FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD
    JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK
    MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
    PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
    THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG
    XOF XPF YER ZAR ZMW ZWG ZWL
    """.split()  # noqa: SIM905
)
