namespace StreamFilter.Core.Events;

/// <summary>
/// Raised inside the parser to unwind to <see cref="EventParser.TryParse"/>, which turns it into an
/// <see cref="EventParseError"/>. Never escapes the parser. The message names fields, never values.
/// </summary>
internal sealed class InvalidEventException(string reason) : Exception(reason);
