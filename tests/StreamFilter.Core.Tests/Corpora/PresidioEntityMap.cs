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
        // Presidio's URL is any URL; ours only flags URLs that carry credentials or tokens.
        ["URL"] = EntityType.UrlCredentials,
    };
}
