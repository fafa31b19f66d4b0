using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class HighEntropySecretDetectorTests
{
    [Theory]
    [InlineData("aws_secret_access_key = pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQ", "pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQ", EntityType.AwsSecretKey)]
    [InlineData("AWS secret: pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQ", "pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQ", EntityType.AwsSecretKey)]
    [InlineData("the signing key HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj was rotated", "HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj", EntityType.GenericSecret)]
    [InlineData("credential for prod -> HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj", "HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj", EntityType.GenericSecret)]
    [InlineData("facebook_app_secret \"fa2815d2802827283e0ad84173581569\"", "fa2815d2802827283e0ad84173581569", EntityType.GenericSecret)]
    public void Finds_random_values_next_to_key_words(string text, string expected, string entityType)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), entityType));
    }

    [Theory]
    [InlineData("commit 3f786850e387550fdab836ed7e6dc881de23001b fixes the key lookup")] // no key word before it
    [InlineData("key sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")] // a hash
    [InlineData("cache key for commit 3f786850e387550fdab836ed7e6dc881de23001b")] // a git SHA
    [InlineData("ssh key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")] // public key
    [InlineData("token = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")] // mask
    [InlineData("the monkey HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj")] // "key" inside a word
    [InlineData("key_name: ThisIsAVeryLongIdentifierName")] // low entropy, no digit
    [InlineData("secret santa list for 2024-12-20 is up")] // prose
    [InlineData("request id 550e8400-e29b-41d4-a716-446655440000")] // UUID without a key word
    [InlineData("api key\n\nHNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj")] // a different line
    public void Rejects_near_misses(string text)
    {
        var found = DetectorTestKit.Scan(text);
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.GenericSecret));
        Assert.Empty(DetectorTestKit.Values(text, found, EntityType.AwsSecretKey));
    }
}
