using Xunit;

namespace Lantern.Web.Tests;

public sealed class DemoModeTests
{
    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080")]
    public void EnsureLoopbackOnly_LoopbackAddress_IsAccepted(string url)
    {
        DemoMode.EnsureLoopbackOnly([url]);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://lantern.example.org")]
    public void EnsureLoopbackOnly_AddressOtherMachinesReach_IsRefused(string url)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DemoMode.EnsureLoopbackOnly(["http://localhost:5080", url]));

        Assert.Contains("localhost", refused.Message, StringComparison.Ordinal);
    }
}
