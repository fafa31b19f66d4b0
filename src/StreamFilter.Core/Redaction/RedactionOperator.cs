namespace StreamFilter.Core.Redaction;

/// <summary>An operator and its parameters, as configured per entity type in the rules file.</summary>
public sealed record RedactionOperator(OperatorKind Kind, int KeepLast = 0, char MaskChar = '*')
{
    public static RedactionOperator Tag { get; } = new(OperatorKind.Tag);

    public static RedactionOperator Pseudonym { get; } = new(OperatorKind.Pseudonym);

    public static RedactionOperator DropField { get; } = new(OperatorKind.DropField);

    public static RedactionOperator Mask(int keepLast, char maskChar = '*') => new(OperatorKind.Mask, keepLast, maskChar);
}
