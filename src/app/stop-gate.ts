/** Graceful stop: once closed, platforms refuse new unprompted sends, so a digest stops after the message in flight. */
import type { ChatPlatform } from "../chat/platform.js";
import { DeliveryError } from "../errors.js";

/** Closes once, when the app starts stopping. */
export interface StopGate {
  close(): void;
  /** The platform, whose sends fail (not permanently: the run resumes from the delivery log) once the gate closed. */
  guard<P extends ChatPlatform>(platform: P): P;
}

/** Creates an open gate. */
export function createStopGate(): StopGate {
  let closed = false;
  return {
    close() {
      closed = true;
    },
    guard(platform) {
      const send: ChatPlatform["send"] = (channel, message, options) => {
        if (closed) {
          return Promise.reject(
            new DeliveryError("newsbrief is stopping; the digest resumes at the next start", { permanent: false }),
          );
        }
        return platform.send(channel, message, options);
      };
      return Object.assign(Object.create(platform) as typeof platform, { send });
    },
  };
}
