using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>Password options of the commands in CommandLinePasswordOptions, and their look-alikes.</summary>
public class CommandLinePasswordOptionsTests
{
    [Theory]
    [InlineData("mysql -u root -pS3cret db", "S3cret")]
    [InlineData("Terminal - mysql -h db.internal -uadmin -pHunter2!x", "Hunter2!x")]
    [InlineData("mysqldump -uroot -p\"S3 cret\" db", "S3 cret")]
    [InlineData("docker login -u bob -p Tr0ub4dor registry.io", "Tr0ub4dor")]
    [InlineData("podman login quay.io -u bob -p Tr0ub4dor", "Tr0ub4dor")]
    [InlineData("sshpass -p 'my secret' ssh bob@host", "my secret")]
    [InlineData("sshpass -pS3cret ssh bob@host", "S3cret")]
    [InlineData("echo 'Tr0ub4dor' | docker login -u bob --password-stdin", "Tr0ub4dor")]
    [InlineData("echo -n S3cretPw | sudo -S apt update", "S3cretPw")]
    [InlineData("smbclient //srv/share -U bob%Winter2024", "Winter2024")]
    [InlineData("openssl rsa -in k.pem -passin pass:S3cretPw", "S3cretPw")]
    [InlineData("keytool -list -keystore ks.jks -storepass changeit", "changeit")] // a default password in use
    [InlineData("redis-cli -h cache -a R3disPw! ping", "R3disPw!")]
    [InlineData("7z x -pArch1vePw files.7z", "Arch1vePw")]
    [InlineData("sqlcmd -S db -U sa -P Str0ng!Pw -Q \"select 1\"", "Str0ng!Pw")]
    [InlineData("ldapsearch -x -D cn=admin -w LdapPw99 -b dc=x", "LdapPw99")]
    [InlineData("psql --password=S3cretPass", "S3cretPass")] // long options: the assignment detector
    [InlineData("app --password S3cretPass --verbose", "S3cretPass")]
    [InlineData("curl --user kevin:'pRf7vG2h1L8nQkW9' -X PATCH https://x", "pRf7vG2h1L8nQkW9")]
    [InlineData("curl -u \"d2LkV78zLx9t:\" https://localhost:9200", "d2LkV78zLx9t")] // an API key passed as the user
    public void Finds_passwords(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }

    [Theory]
    [InlineData("mysql -u root -p dbname")] // -p alone prompts; dbname follows
    [InlineData("mkdir -p /tmp/foo")]
    [InlineData("ssh -p 2222 host")]
    [InlineData("docker run -p 8080:80 nginx")]
    [InlineData("docker login -u bob -p $REGISTRY_PASSWORD registry.io")] // a variable
    [InlineData("docker login -u bob --password-stdin < token.txt")] // nothing echoed
    [InlineData("openssl rsa -in k.pem -passin env:KEY_PASS")]
    [InlineData("smbclient //srv/share -U bob")] // user only
    [InlineData("sshpass -p <password> ssh host")] // placeholder
    [InlineData("curl --user \"{{ $.Values.username }}:{{ $.Values.password }}\" https://x")]
    [InlineData("curl --user \"username:password\" https://x")]
    [InlineData("tar -pxf archive.tar")]
    public void Leaves_look_alikes(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Password));
    }
}
