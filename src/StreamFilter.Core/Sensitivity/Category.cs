namespace StreamFilter.Core.Sensitivity;

/// <summary>The sensitivity categories an event can carry (see ../shared/events.md).</summary>
public static class Category
{
    public const string Work = "work";
    public const string Tax = "tax";
    public const string Medical = "medical";
    public const string PrivateConversation = "private_conversation";
    public const string PeopleData = "people_data";
    public const string Financial = "financial";
    public const string Credentials = "credentials";

    /// <summary>Government identity documents (passport, driver's licence): not tax, still level 3.</summary>
    public const string GovernmentId = "government_id";

    /// <summary>Personal contact details (a private email or phone number): level 2.</summary>
    public const string Contact = "contact";

    public static IReadOnlyList<string> All { get; } =
        [Work, Tax, Medical, PrivateConversation, PeopleData, Financial, Credentials, GovernmentId, Contact];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
