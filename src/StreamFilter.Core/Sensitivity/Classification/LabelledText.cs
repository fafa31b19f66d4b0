namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>One record of a category-labelled JSONL file, with the split and the source it belongs to.</summary>
public sealed record LabelledText(string Text, string Category, bool HeldOut, string Source);
