using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>The one table from Presidio's entity names to ours, for the entities both tools detect.</summary>
internal static class PresidioEntityMap
{
    public static IReadOnlyDictionary<string, string> ToOurs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["US_SSN"] = EntityType.UsSsn,
        ["US_ITIN"] = EntityType.UsItin,
        ["US_PASSPORT"] = EntityType.UsPassport,
        ["US_DRIVER_LICENSE"] = EntityType.UsDriverLicense,
        ["CREDIT_CARD"] = EntityType.CreditCard,
        ["IBAN_CODE"] = EntityType.Iban,
        ["US_BANK_NUMBER"] = EntityType.UsBankNumber,
        ["ABA_ROUTING_NUMBER"] = EntityType.AbaRouting,
        // Presidio's MEDICAL_LICENSE recognizer is a DEA-number recognizer (two letters, seven digits, DEA checksum).
        ["MEDICAL_LICENSE"] = EntityType.Dea,
        ["US_NPI"] = EntityType.Npi,
        ["US_MBI"] = EntityType.MedicareMbi,
        ["EMAIL_ADDRESS"] = EntityType.Email,
        ["PHONE_NUMBER"] = EntityType.Phone,
        ["IP_ADDRESS"] = EntityType.IpAddress,
        ["MAC_ADDRESS"] = EntityType.MacAddress,
        // National, tax and health ids of other countries: the same names
        ["UK_NINO"] = EntityType.UkNino,
        ["UK_NHS"] = EntityType.UkNhs,
        ["CA_SIN"] = EntityType.CaSin,
        ["ES_NIF"] = EntityType.EsNif,
        ["ES_NIE"] = EntityType.EsNie,
        ["DE_TAX_ID"] = EntityType.DeTaxId,
        ["DE_TAX_NUMBER"] = EntityType.DeTaxNumber,
        ["IT_FISCAL_CODE"] = EntityType.ItFiscalCode,
        ["IN_AADHAAR"] = EntityType.InAadhaar,
        ["IN_PAN"] = EntityType.InPan,
        ["AU_TFN"] = EntityType.AuTfn,
        ["AU_MEDICARE"] = EntityType.AuMedicare,
        ["SG_NRIC_FIN"] = EntityType.SgNricFin,
        ["PL_PESEL"] = EntityType.PlPesel,
        ["SE_PERSONNUMMER"] = EntityType.SePersonnummer,
        // Presidio's URL is any URL; ours only flags URLs that carry credentials or tokens.
        ["URL"] = EntityType.UrlCredentials,
    };
}
