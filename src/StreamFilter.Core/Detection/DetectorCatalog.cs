using StreamFilter.Core.Detection.Detectors;
using StreamFilter.Core.Detection.Detectors.NationalIds;
using StreamFilter.Core.Detection.People;

namespace StreamFilter.Core.Detection;

/// <summary>
/// Every built-in detector, in priority order (earlier wins a tie in overlap resolution). The rules
/// file enables or disables them by <see cref="Detector.Id"/>.
/// </summary>
public static class DetectorCatalog
{
    public static IReadOnlyList<Detector> BuiltIn { get; } =
    [
        // Government and tax
        new UsSsnDetector(),
        new UsItinDetector(),
        new UsEinDetector(),
        new UsPassportDetector(),
        new UsDriverLicenseDetector(),
        new UkNinoDetector(),
        new UkNhsNumberDetector(),
        new CanadaSinDetector(),
        new SpanishIdDetector(),
        new GermanTaxIdDetector(),
        new GermanTaxNumberDetector(),
        new FrenchNirDetector(),
        new ItalianFiscalCodeDetector(),
        new BrazilTaxIdDetector(),
        new DutchBsnDetector(),
        new IndiaAadhaarDetector(),
        new IndiaPanDetector(),
        new AustralianTfnDetector(),
        new AustralianMedicareDetector(),
        new SingaporeNricDetector(),
        new PolishPeselDetector(),
        new SwedishPersonnummerDetector(),
        new MexicanCurpDetector(),
        new MexicanRfcDetector(),
        // Financial
        new CreditCardDetector(),
        new IbanDetector(),
        new AbaRoutingDetector(),
        new UsBankAccountDetector(),
        new SwiftBicDetector(),
        // Contact and network
        new EmailDetector(),
        new PhoneNumberDetector(),
        new IpAddressDetector(),
        new MacAddressDetector(),
        new UrlCredentialsDetector(),
        // Medical
        new NpiDetector(),
        new DeaNumberDetector(),
        new MedicareMbiDetector(),
        new MedicalRecordNumberDetector(),
        new HealthPlanIdDetector(),
        new Icd10CodeDetector(),
        new DateOfBirthDetector(),
        // Secrets
        new PrivateKeyDetector(),
        new JwtDetector(),
        new KnownTokenDetector(),
        new AzureClientSecretDetector(),
        new SecretAssignmentDetector(),
        new PasswordPhraseDetector(),
        new SeedPhraseDetector(),
        new CommandLineCredentialsDetector(),
        new HighEntropySecretDetector(),
        // People
        new StreetAddressDetector(),
        new PersonDetector(),
    ];

    public static Detector? Find(string id) => BuiltIn.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    /// <summary>An engine with every built-in detector and its default scoring.</summary>
    public static DetectorEngine CreateDefaultEngine()
    {
        var scoring = new Dictionary<string, EntityScoring>(StringComparer.Ordinal);
        foreach (var detector in BuiltIn)
        {
            foreach (var type in detector.EntityTypes)
            {
                scoring[type] = detector.DefaultScoring(type);
            }
        }
        return new DetectorEngine(BuiltIn, scoring);
    }
}
