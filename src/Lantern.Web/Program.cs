using Lantern.Web;

var app = await LanternWebApp.BuildAsync(args);
await app.RunAsync();

/// <summary>The entry point, public so that tests can host the real pipeline.</summary>
public partial class Program;
