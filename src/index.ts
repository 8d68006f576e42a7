/** The core's public surface for commands/ and adapters/. */

export type { AlertAdmin, AlertChange } from "./alerts/alert-admin.js";
export { MAX_ALERTS, MAX_ALERTS_PER_DAY } from "./alerts/alert-text.js";
export type { CommandSpec, MenuTexts, OptionSpec } from "./chat/command-spec.js";
export type {
  ArgsOf,
  ArgValue,
  Command,
  CommandContext,
  CommandDefinition,
  OptionDefinition,
} from "./chat/define-command.js";
export { defineCommand, usageOf } from "./chat/define-command.js";
export { adminOnlyMessage, createDispatcher, requireAdmin, textMessage } from "./chat/dispatch.js";
export { articleBlocks, briefBlocks, formatAge, hostOf, quoteText } from "./chat/format-brief.js";
export { localFile, localFiles } from "./chat/local-files.js";
export type { LogFields, Logger, LogLevel } from "./chat/logger.js";
export { createLogger, silentLogger } from "./chat/logger.js";
export type { Block, OutgoingFile, OutgoingMessage } from "./chat/message.js";
export { parseArguments, validateArguments } from "./chat/parse-arguments.js";
export type {
  ChannelKey,
  ChatPlatform,
  Dispatch,
  Invocation,
  Invoker,
  LocalFiles,
  PlatformLimits,
  PlatformName,
  ReceivedFile,
  SendOptions,
} from "./chat/platform.js";
export { downloadedFile, readCapped } from "./chat/read-capped.js";
export type { BriefedPage, DigestPreview, FeedAdmin, Services, SubscriptionAdmin } from "./chat/services.js";
export { describeNextDigest, describeSubscription } from "./digest/describe-subscription.js";
export { type DigestStory, mergeStories } from "./digest/merge-stories.js";
export { isValidTimezone, parseClock } from "./digest/quiet-hours.js";
export { compileFilters, FILTER_LIMITS, type StoryFilters } from "./digest/story-filter.js";
export { BUILT_IN_TOPICS, normalizeTopic } from "./digest/topics.js";
export * from "./errors.js";
export { chosenLanguage } from "./i18n/chat-language.js";
export { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, languageOfLocale } from "./i18n/languages.js";
export { english, type MessageKey, type MessageVars, type Translate, translator, userError } from "./i18n/translate.js";
export { type ImportReport, importOpml } from "./opml/import-opml.js";
export { importReportMessage } from "./opml/import-report.js";
export { OPML_LIMITS } from "./opml/parse-opml.js";
export { opmlFile, writeOpml } from "./opml/write-opml.js";
export type { AlertUser } from "./store/alert-store.js";
export type { ChatSettings, FeedState, Subscription } from "./store/ports.js";
export { summarize } from "./summarize/index.js";
export type * from "./types.js";
