using System.Collections.Frozen;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// What a detected identifier says about the event that holds it: its category and level
/// (an SSN makes the event level 3 "tax", an access key level 4 "credentials").
/// Custom detectors declare theirs in the rules file.
/// </summary>
public static class EntitySensitivity
{
    private static readonly FrozenDictionary<string, (string Category, SensitivityLevel Level)> Map =
        new Dictionary<string, (string, SensitivityLevel)>(StringComparer.Ordinal)
        {
            [EntityType.UsSsn] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.UsItin] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.UsEin] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.UsPassport] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.UsDriverLicense] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            // Like the SSN, numbers the tax authorities issue or use as the taxpayer's id are tax data;
            // identity numbers are government ids; health-service numbers are medical.
            [EntityType.UkNino] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.UkNhs] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.CaSin] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.EsNif] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.EsNie] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.DeTaxId] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.DeTaxNumber] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.FrNir] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.ItFiscalCode] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.BrCpf] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.BrCnpj] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.NlBsn] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.InAadhaar] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.InPan] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.AuTfn] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.AuMedicare] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.SgNricFin] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.PlPesel] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.SePersonnummer] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.MxCurp] = (Category.GovernmentId, SensitivityLevel.Sensitive),
            [EntityType.MxRfc] = (Category.Tax, SensitivityLevel.Sensitive),
            [EntityType.CreditCard] = (Category.Financial, SensitivityLevel.Sensitive),
            [EntityType.Iban] = (Category.Financial, SensitivityLevel.Sensitive),
            [EntityType.AbaRouting] = (Category.Financial, SensitivityLevel.Sensitive),
            [EntityType.UsBankNumber] = (Category.Financial, SensitivityLevel.Sensitive),
            [EntityType.SwiftCode] = (Category.Financial, SensitivityLevel.Personal),
            [EntityType.Email] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.Phone] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.IpAddress] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.MacAddress] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.Person] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.StreetAddress] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.Location] = (Category.Contact, SensitivityLevel.Personal),
            [EntityType.UrlCredentials] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.Npi] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.Dea] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.MedicareMbi] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.MedicalRecordNumber] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.HealthPlanId] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.Icd10] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.DateOfBirth] = (Category.Medical, SensitivityLevel.Sensitive),
            [EntityType.AwsAccessKey] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.AwsSecretKey] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.GitHubToken] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.GitLabToken] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.SlackToken] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.StripeKey] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.GoogleApiKey] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.Jwt] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.PrivateKey] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.Password] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.GenericSecret] = (Category.Credentials, SensitivityLevel.Secret),
            [EntityType.CryptoSeedPhrase] = (Category.Credentials, SensitivityLevel.Secret),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The category and level an event holding <paramref name="entityType"/> gets. Custom types declared
    /// in the rules file (<see cref="Rules.RuleSet.CustomEntities"/>) get their declared category and
    /// level; an undeclared unknown type is level 3 with no category (fail closed). There is deliberately
    /// no overload without the declarations: calling one lost every custom type's declared level.
    /// </summary>
    public static (string? Category, SensitivityLevel Level) Of(string entityType, IReadOnlyDictionary<string, (string Category, SensitivityLevel Level)> customTypes)
    {
        ArgumentNullException.ThrowIfNull(customTypes);
        if (Map.TryGetValue(entityType, out var builtIn))
        {
            return builtIn;
        }
        return customTypes.TryGetValue(entityType, out var custom) ? custom : (null, SensitivityLevel.Sensitive);
    }
}
