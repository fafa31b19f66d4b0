namespace StreamFilter.Core.Detection;

/// <summary>
/// The entity type names StreamFilter reports. Where Presidio has the same entity we use its name,
/// so corpora and tooling line up.
/// </summary>
public static class EntityType
{
    // Government and tax
    public const string UsSsn = "US_SSN";
    public const string UsItin = "US_ITIN";
    public const string UsEin = "US_EIN";
    public const string UsPassport = "US_PASSPORT";
    public const string UsDriverLicense = "US_DRIVER_LICENSE";

    // National, tax and health ids of other countries (Presidio's names where it has the entity)
    public const string UkNino = "UK_NINO";
    public const string UkNhs = "UK_NHS";
    public const string CaSin = "CA_SIN";
    public const string EsNif = "ES_NIF";
    public const string EsNie = "ES_NIE";
    public const string DeTaxId = "DE_TAX_ID";
    public const string DeTaxNumber = "DE_TAX_NUMBER";
    public const string FrNir = "FR_NIR";
    public const string ItFiscalCode = "IT_FISCAL_CODE";
    public const string BrCpf = "BR_CPF";
    public const string BrCnpj = "BR_CNPJ";
    public const string NlBsn = "NL_BSN";
    public const string InAadhaar = "IN_AADHAAR";
    public const string InPan = "IN_PAN";
    public const string AuTfn = "AU_TFN";
    public const string AuMedicare = "AU_MEDICARE";
    public const string SgNricFin = "SG_NRIC_FIN";
    public const string PlPesel = "PL_PESEL";
    public const string SePersonnummer = "SE_PERSONNUMMER";
    public const string MxCurp = "MX_CURP";
    public const string MxRfc = "MX_RFC";

    // Financial
    public const string CreditCard = "CREDIT_CARD";
    public const string Iban = "IBAN_CODE";
    public const string AbaRouting = "ABA_ROUTING_NUMBER";
    public const string UsBankNumber = "US_BANK_NUMBER";
    public const string SwiftCode = "SWIFT_CODE";

    // Contact and network
    public const string Email = "EMAIL_ADDRESS";
    public const string Phone = "PHONE_NUMBER";
    public const string IpAddress = "IP_ADDRESS";
    public const string MacAddress = "MAC_ADDRESS";
    public const string UrlCredentials = "URL_CREDENTIALS";

    // Medical
    public const string Npi = "NPI";
    public const string Dea = "DEA_NUMBER";
    public const string MedicareMbi = "MEDICARE_MBI";
    public const string MedicalRecordNumber = "MEDICAL_RECORD_NUMBER";
    public const string HealthPlanId = "HEALTH_PLAN_ID";
    public const string Icd10 = "ICD10_CODE";
    public const string DateOfBirth = "DATE_OF_BIRTH";

    // People
    public const string Person = "PERSON";
    public const string StreetAddress = "STREET_ADDRESS";
    public const string Location = "LOCATION";

    // Secrets
    public const string AwsAccessKey = "AWS_ACCESS_KEY";
    public const string AwsSecretKey = "AWS_SECRET_KEY";
    public const string GitHubToken = "GITHUB_TOKEN";
    public const string GitLabToken = "GITLAB_TOKEN";
    public const string SlackToken = "SLACK_TOKEN";
    public const string StripeKey = "STRIPE_KEY";
    public const string GoogleApiKey = "GOOGLE_API_KEY";
    public const string Jwt = "JWT";
    public const string PrivateKey = "PRIVATE_KEY";
    public const string Password = "PASSWORD";
    public const string GenericSecret = "GENERIC_SECRET";
    public const string CryptoSeedPhrase = "CRYPTO_SEED_PHRASE";
}
