namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>One labelled text for training or evaluation.</summary>
public sealed record TrainingExample(string Text, string Category);
