package org.accordo.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accordo.app.AccordoServer;
import org.accordo.app.ServerSettings;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.users.People;
import org.accordo.app.users.UserExists;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accordo users add --admin EMAIL}: makes an admin account on the server's database and
 * prints its one-time link to choose a password (the link is not stored, only its hash; it works
 * once, for 48 hours). Works on the same {@code --data} and {@code ACCORDO_DB_*} as {@code serve},
 * without the web server.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Work on the people who sign in to the pages.",
    subcommands = UsersCommand.Add.class)
final class UsersCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Make an admin account and print its one-time link to choose a password (48 h, once).")
  static final class Add implements Callable<Integer> {

    @Option(
        names = "--admin",
        required = true,
        paramLabel = "EMAIL",
        description = "The e-mail address the admin signs in with.")
    String email;

    @Option(
        names = "--data",
        defaultValue = "data",
        description =
            "Folder of the embedded H2 database (default: ./${DEFAULT-VALUE}); unused when ACCORDO_DB_URL is set.")
    Path data;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ServerSettings settings = ServerSettings.fromEnvironment(0, data, System.getenv());
      try (ConfigurableApplicationContext context = AccordoServer.startTask(settings)) {
        People.Invited admin = context.getBean(People.class).addAdmin(email);
        var out = spec.commandLine().getOut();
        out.printf(
            "made the admin account %s in %s%n", admin.user().email(), settings.describeDatabase());
        out.println("Choose its password with this link (it works once, for 48 hours):");
        out.println();
        out.println("    " + admin.link());
        out.flush();
        return 0;
      } catch (InvalidField invalid) {
        throw new CliFailure("--admin " + invalid.reason(), Accordo.EXIT_BAD_INPUT);
      } catch (UserExists exists) {
        throw new CliFailure(exists.getMessage(), 1);
      } catch (AccordoServer.ServerStartFailed failed) {
        throw new CliFailure(failed.getMessage(), 1);
      }
    }
  }
}
