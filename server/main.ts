// `npm run room`: starts the room server (course + room API) and prints where to open it.
import { banner } from "./lan";
import { createRoomServer } from "./app";
import { CONFIG_HELP, readConfig } from "./config";

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === "help") {
    console.log(CONFIG_HELP);
    return;
  }
  const server = await createRoomServer({ ...config, log: true });
  await server.app.listen({ host: config.host, port: config.port });
  console.log(banner(config.host, config.port, config.database, config.expiryDays));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
