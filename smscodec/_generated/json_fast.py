"""Fast paths, one per top-level body: decoder, checker (sealed bodies) and JSON encoder.

GENERATED FILE: do not edit by hand. Written by scripts/generate_code.py with
smscodec/_codegen/fast.py, from the body descriptions in smscodec/_spec/bodies.py and the valid cases
stated in the rules, smscodec/_spec/rules/.
To change it, change those and run `python scripts/generate_code.py`; tests/test_generated.py
fails while this file differs from what the generator makes now.
"""

from __future__ import annotations

from collections.abc import Callable
from json.encoder import encode_basestring as encode_text
from typing import Any, cast

from .._core.limits import Limits
from .._core.mutable import mutable_class
from .._core.report import Report
from .._core.tree import colons
from .._spec.bodies import BODY_OF
from .._spec.models import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SentMessage,
    ServiceException,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)
from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from .._spec.models_preview import (
    Preview,
    PreviewConfiguration,
    PreviewLanguage,
    PreviewRequest,
    PreviewResponse,
)
from .._spec.models_reports import (
    CursorPage,
    DeliveryReport,
    DeliveryReports,
    DeliveryReportsV3,
    DeliveryReportV3,
    GeoLocation,
    InboundMessage,
    InboundMessages,
    LogBinaryContent,
    LogLanguage,
    LogTextContent,
    MessageError,
    MessageLog,
    MessageLogs,
    MessageLogsV3,
    MessageLogV3,
    MessagePlatform,
    Price,
    RecipientInfo,
    TrackingNotification,
)
from .._spec.models_v2 import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    Destination,
    TextAdvancedRequest,
    Tracking,
)
from .._spec.models_v3 import (
    ApiError,
    ApiErrorResource,
    ApiErrorViolation,
    MessageDetails,
    MessagesRequest,
    MessagesResponse,
    SentMessageV3,
    SmsConversionTracking,
    SmsDeliveryTime,
    SmsDeliveryTimeWindow,
    SmsDeliveryWebhook,
    SmsDestination,
    SmsIndiaDlt,
    SmsLanguage,
    SmsMessage,
    SmsMessageOptions,
    SmsPlatform,
    SmsRegional,
    SmsRequestOptions,
    SmsSchedule,
    SmsSouthKorea,
    SmsSpeedLimit,
    SmsTextContent,
    SmsTracking,
    SmsTurkeyIys,
    SmsValidityPeriod,
    SmsWebhooks,
)
from .._spec.rules.binary import parse_hex, udh_fits
from .._spec.rules.common import INVALID, is_clean
from .._spec.rules.decimals import decimal_text, fast_decimal
from .._spec.rules.text import parts_fit, sent_fits
from .._spec.rules.timestamps import fast_timestamp, timestamp_text
from .._spec.vocabulary import MISSING, BodyCheck
from .._validate.combinators import fast_string_lists, string_lists_json
from .._validate.walk import UNBUILT, missing, unknown, walk_object

# A model is built in a mutable class with the same slots, then switched to the
# model's class (smscodec._core.mutable).
new: Callable[[type], Any] = object.__new__
MutableTextMessage = mutable_class(TextMessage)
MutableTextMultiRequest = mutable_class(TextMultiRequest)
MutableBinaryContent = mutable_class(BinaryContent)
MutableBinaryMessage = mutable_class(BinaryMessage)
MutableBinaryMultiRequest = mutable_class(BinaryMultiRequest)
MutableTextSingleRequest = mutable_class(TextSingleRequest)
MutableBinarySingleRequest = mutable_class(BinarySingleRequest)
MutableStatus = mutable_class(Status)
MutableSentMessage = mutable_class(SentMessage)
MutableSmsResponse = mutable_class(SmsResponse)
MutableServiceException = mutable_class(ServiceException)
MutableRequestError = mutable_class(RequestError)
MutableBulkSchedule = mutable_class(BulkSchedule)
MutableBulkRescheduleRequest = mutable_class(BulkRescheduleRequest)
MutableBulkStatus = mutable_class(BulkStatus)
MutableBulkStatusUpdateRequest = mutable_class(BulkStatusUpdateRequest)
MutableSmsDestination = mutable_class(SmsDestination)
MutableSmsLanguage = mutable_class(SmsLanguage)
MutableSmsTextContent = mutable_class(SmsTextContent)
MutableSmsPlatform = mutable_class(SmsPlatform)
MutableSmsValidityPeriod = mutable_class(SmsValidityPeriod)
MutableSmsDeliveryTime = mutable_class(SmsDeliveryTime)
MutableSmsDeliveryTimeWindow = mutable_class(SmsDeliveryTimeWindow)
MutableSmsIndiaDlt = mutable_class(SmsIndiaDlt)
MutableSmsTurkeyIys = mutable_class(SmsTurkeyIys)
MutableSmsSouthKorea = mutable_class(SmsSouthKorea)
MutableSmsRegional = mutable_class(SmsRegional)
MutableSmsMessageOptions = mutable_class(SmsMessageOptions)
MutableSmsDeliveryWebhook = mutable_class(SmsDeliveryWebhook)
MutableSmsWebhooks = mutable_class(SmsWebhooks)
MutableSmsMessage = mutable_class(SmsMessage)
MutableSmsSpeedLimit = mutable_class(SmsSpeedLimit)
MutableSmsSchedule = mutable_class(SmsSchedule)
MutableSmsTracking = mutable_class(SmsTracking)
MutableSmsConversionTracking = mutable_class(SmsConversionTracking)
MutableSmsRequestOptions = mutable_class(SmsRequestOptions)
MutableMessagesRequest = mutable_class(MessagesRequest)
MutableMessageDetails = mutable_class(MessageDetails)
MutableSentMessageV3 = mutable_class(SentMessageV3)
MutableMessagesResponse = mutable_class(MessagesResponse)
MutableApiErrorViolation = mutable_class(ApiErrorViolation)
MutableApiErrorResource = mutable_class(ApiErrorResource)
MutableApiError = mutable_class(ApiError)
MutableDestination = mutable_class(Destination)
MutableAdvancedTextMessage = mutable_class(AdvancedTextMessage)
MutableTracking = mutable_class(Tracking)
MutableTextAdvancedRequest = mutable_class(TextAdvancedRequest)
MutableAdvancedBinaryMessage = mutable_class(AdvancedBinaryMessage)
MutableBinaryAdvancedRequest = mutable_class(BinaryAdvancedRequest)
MutablePreviewRequest = mutable_class(PreviewRequest)
MutablePreviewLanguage = mutable_class(PreviewLanguage)
MutablePreviewConfiguration = mutable_class(PreviewConfiguration)
MutablePreview = mutable_class(Preview)
MutablePreviewResponse = mutable_class(PreviewResponse)
MutablePrice = mutable_class(Price)
MutableMessageError = mutable_class(MessageError)
MutableDeliveryReport = mutable_class(DeliveryReport)
MutableDeliveryReports = mutable_class(DeliveryReports)
MutableMessagePlatform = mutable_class(MessagePlatform)
MutableDeliveryReportV3 = mutable_class(DeliveryReportV3)
MutableDeliveryReportsV3 = mutable_class(DeliveryReportsV3)
MutableMessageLog = mutable_class(MessageLog)
MutableMessageLogs = mutable_class(MessageLogs)
MutableLogLanguage = mutable_class(LogLanguage)
MutableLogTextContent = mutable_class(LogTextContent)
MutableLogBinaryContent = mutable_class(LogBinaryContent)
MutableMessageLogV3 = mutable_class(MessageLogV3)
MutableCursorPage = mutable_class(CursorPage)
MutableMessageLogsV3 = mutable_class(MessageLogsV3)
MutableInboundMessage = mutable_class(InboundMessage)
MutableInboundMessages = mutable_class(InboundMessages)
MutableRecipientInfo = mutable_class(RecipientInfo)
MutableGeoLocation = mutable_class(GeoLocation)
MutableTrackingNotification = mutable_class(TrackingNotification)

# The descriptions the checkers report through (smscodec._spec.bodies).
BODY_TEXT_MULTI_REQUEST = BODY_OF[TextMultiRequest]
FIELD_TEXT_MULTI_REQUEST_MESSAGES = BODY_TEXT_MULTI_REQUEST.fields[0]
RULE_TEXT_MULTI_REQUEST_MESSAGES = BODY_TEXT_MULTI_REQUEST.fields[0].rule
BODY_TEXT_MESSAGE = BODY_OF[TextMessage]
RULE_TEXT_MESSAGE_SENDER = BODY_TEXT_MESSAGE.fields[0].rule
FIELD_TEXT_MESSAGE_TO = BODY_TEXT_MESSAGE.fields[1]
RULE_TEXT_MESSAGE_TO = BODY_TEXT_MESSAGE.fields[1].rule
FIELD_TEXT_MESSAGE_TEXT = BODY_TEXT_MESSAGE.fields[2]
RULE_TEXT_MESSAGE_TEXT = BODY_TEXT_MESSAGE.fields[2].rule
KNOWN_TEXT_MESSAGE = frozenset(f.wire for f in BODY_TEXT_MESSAGE.fields)
FOREIGN_TEXT_MESSAGE = frozenset(BODY_TEXT_MESSAGE.foreign)
KNOWN_TEXT_MULTI_REQUEST = frozenset(f.wire for f in BODY_TEXT_MULTI_REQUEST.fields)
FOREIGN_TEXT_MULTI_REQUEST = frozenset(BODY_TEXT_MULTI_REQUEST.foreign)
BODY_BINARY_MULTI_REQUEST = BODY_OF[BinaryMultiRequest]
FIELD_BINARY_MULTI_REQUEST_MESSAGES = BODY_BINARY_MULTI_REQUEST.fields[0]
RULE_BINARY_MULTI_REQUEST_MESSAGES = BODY_BINARY_MULTI_REQUEST.fields[0].rule
BODY_BINARY_MESSAGE = BODY_OF[BinaryMessage]
RULE_BINARY_MESSAGE_SENDER = BODY_BINARY_MESSAGE.fields[0].rule
FIELD_BINARY_MESSAGE_TO = BODY_BINARY_MESSAGE.fields[1]
RULE_BINARY_MESSAGE_TO = BODY_BINARY_MESSAGE.fields[1].rule
FIELD_BINARY_MESSAGE_BINARY = BODY_BINARY_MESSAGE.fields[2]
RULE_BINARY_MESSAGE_BINARY = BODY_BINARY_MESSAGE.fields[2].rule
BODY_BINARY_CONTENT = BODY_OF[BinaryContent]
FIELD_BINARY_CONTENT_HEX = BODY_BINARY_CONTENT.fields[0]
RULE_BINARY_CONTENT_HEX = BODY_BINARY_CONTENT.fields[0].rule
RULE_BINARY_CONTENT_DATA_CODING = BODY_BINARY_CONTENT.fields[1].rule
RULE_BINARY_CONTENT_ESM_CLASS = BODY_BINARY_CONTENT.fields[2].rule
KNOWN_BINARY_CONTENT = frozenset(f.wire for f in BODY_BINARY_CONTENT.fields)
CHECK_BINARY_CONTENT = cast(BodyCheck, BODY_BINARY_CONTENT.check)
KNOWN_BINARY_MESSAGE = frozenset(f.wire for f in BODY_BINARY_MESSAGE.fields)
FOREIGN_BINARY_MESSAGE = frozenset(BODY_BINARY_MESSAGE.foreign)
KNOWN_BINARY_MULTI_REQUEST = frozenset(f.wire for f in BODY_BINARY_MULTI_REQUEST.fields)
FOREIGN_BINARY_MULTI_REQUEST = frozenset(BODY_BINARY_MULTI_REQUEST.foreign)
BODY_TEXT_SINGLE_REQUEST = BODY_OF[TextSingleRequest]
RULE_TEXT_SINGLE_REQUEST_SENDER = BODY_TEXT_SINGLE_REQUEST.fields[0].rule
FIELD_TEXT_SINGLE_REQUEST_TO = BODY_TEXT_SINGLE_REQUEST.fields[1]
RULE_TEXT_SINGLE_REQUEST_TO = BODY_TEXT_SINGLE_REQUEST.fields[1].rule
FIELD_TEXT_SINGLE_REQUEST_TEXT = BODY_TEXT_SINGLE_REQUEST.fields[2]
RULE_TEXT_SINGLE_REQUEST_TEXT = BODY_TEXT_SINGLE_REQUEST.fields[2].rule
KNOWN_TEXT_SINGLE_REQUEST = frozenset(f.wire for f in BODY_TEXT_SINGLE_REQUEST.fields)
FOREIGN_TEXT_SINGLE_REQUEST = frozenset(BODY_TEXT_SINGLE_REQUEST.foreign)
BODY_BINARY_SINGLE_REQUEST = BODY_OF[BinarySingleRequest]
RULE_BINARY_SINGLE_REQUEST_SENDER = BODY_BINARY_SINGLE_REQUEST.fields[0].rule
FIELD_BINARY_SINGLE_REQUEST_TO = BODY_BINARY_SINGLE_REQUEST.fields[1]
RULE_BINARY_SINGLE_REQUEST_TO = BODY_BINARY_SINGLE_REQUEST.fields[1].rule
FIELD_BINARY_SINGLE_REQUEST_BINARY = BODY_BINARY_SINGLE_REQUEST.fields[2]
RULE_BINARY_SINGLE_REQUEST_BINARY = BODY_BINARY_SINGLE_REQUEST.fields[2].rule
KNOWN_BINARY_SINGLE_REQUEST = frozenset(f.wire for f in BODY_BINARY_SINGLE_REQUEST.fields)
FOREIGN_BINARY_SINGLE_REQUEST = frozenset(BODY_BINARY_SINGLE_REQUEST.foreign)
BODY_BULK_RESCHEDULE_REQUEST = BODY_OF[BulkRescheduleRequest]
FIELD_BULK_RESCHEDULE_REQUEST_SEND_AT = BODY_BULK_RESCHEDULE_REQUEST.fields[0]
RULE_BULK_RESCHEDULE_REQUEST_SEND_AT = BODY_BULK_RESCHEDULE_REQUEST.fields[0].rule
KNOWN_BULK_RESCHEDULE_REQUEST = frozenset(f.wire for f in BODY_BULK_RESCHEDULE_REQUEST.fields)
BODY_BULK_STATUS_UPDATE_REQUEST = BODY_OF[BulkStatusUpdateRequest]
FIELD_BULK_STATUS_UPDATE_REQUEST_STATUS = BODY_BULK_STATUS_UPDATE_REQUEST.fields[0]
RULE_BULK_STATUS_UPDATE_REQUEST_STATUS = BODY_BULK_STATUS_UPDATE_REQUEST.fields[0].rule
KNOWN_BULK_STATUS_UPDATE_REQUEST = frozenset(f.wire for f in BODY_BULK_STATUS_UPDATE_REQUEST.fields)
BODY_V3_MESSAGES_REQUEST = BODY_OF[MessagesRequest]
FIELD_V3_MESSAGES_REQUEST_MESSAGES = BODY_V3_MESSAGES_REQUEST.fields[0]
RULE_V3_MESSAGES_REQUEST_MESSAGES = BODY_V3_MESSAGES_REQUEST.fields[0].rule
BODY_SMS_MESSAGE = BODY_OF[SmsMessage]
RULE_SMS_MESSAGE_SENDER = BODY_SMS_MESSAGE.fields[0].rule
FIELD_SMS_MESSAGE_DESTINATIONS = BODY_SMS_MESSAGE.fields[1]
RULE_SMS_MESSAGE_DESTINATIONS = BODY_SMS_MESSAGE.fields[1].rule
BODY_SMS_DESTINATION = BODY_OF[SmsDestination]
FIELD_SMS_DESTINATION_TO = BODY_SMS_DESTINATION.fields[0]
RULE_SMS_DESTINATION_TO = BODY_SMS_DESTINATION.fields[0].rule
RULE_SMS_DESTINATION_MESSAGE_ID = BODY_SMS_DESTINATION.fields[1].rule
RULE_SMS_DESTINATION_NETWORK_ID = BODY_SMS_DESTINATION.fields[2].rule
KNOWN_SMS_DESTINATION = frozenset(f.wire for f in BODY_SMS_DESTINATION.fields)
FIELD_SMS_MESSAGE_CONTENT = BODY_SMS_MESSAGE.fields[2]
RULE_SMS_MESSAGE_CONTENT = BODY_SMS_MESSAGE.fields[2].rule
RULE_SMS_MESSAGE_OPTIONS = BODY_SMS_MESSAGE.fields[3].rule
BODY_SMS_MESSAGE_OPTIONS = BODY_OF[SmsMessageOptions]
RULE_SMS_MESSAGE_OPTIONS_PLATFORM = BODY_SMS_MESSAGE_OPTIONS.fields[0].rule
BODY_SMS_PLATFORM = BODY_OF[SmsPlatform]
RULE_SMS_PLATFORM_ENTITY_ID = BODY_SMS_PLATFORM.fields[0].rule
RULE_SMS_PLATFORM_APPLICATION_ID = BODY_SMS_PLATFORM.fields[1].rule
KNOWN_SMS_PLATFORM = frozenset(f.wire for f in BODY_SMS_PLATFORM.fields)
RULE_SMS_MESSAGE_OPTIONS_VALIDITY_PERIOD = BODY_SMS_MESSAGE_OPTIONS.fields[1].rule
BODY_SMS_VALIDITY_PERIOD = BODY_OF[SmsValidityPeriod]
FIELD_SMS_VALIDITY_PERIOD_AMOUNT = BODY_SMS_VALIDITY_PERIOD.fields[0]
RULE_SMS_VALIDITY_PERIOD_AMOUNT = BODY_SMS_VALIDITY_PERIOD.fields[0].rule
RULE_SMS_VALIDITY_PERIOD_TIME_UNIT = BODY_SMS_VALIDITY_PERIOD.fields[1].rule
KNOWN_SMS_VALIDITY_PERIOD = frozenset(f.wire for f in BODY_SMS_VALIDITY_PERIOD.fields)
RULE_SMS_MESSAGE_OPTIONS_DELIVERY_TIME_WINDOW = BODY_SMS_MESSAGE_OPTIONS.fields[2].rule
BODY_SMS_DELIVERY_TIME_WINDOW = BODY_OF[SmsDeliveryTimeWindow]
FIELD_SMS_DELIVERY_TIME_WINDOW_DAYS = BODY_SMS_DELIVERY_TIME_WINDOW.fields[0]
RULE_SMS_DELIVERY_TIME_WINDOW_DAYS = BODY_SMS_DELIVERY_TIME_WINDOW.fields[0].rule
RULE_SMS_DELIVERY_TIME_WINDOW_START = BODY_SMS_DELIVERY_TIME_WINDOW.fields[1].rule
BODY_SMS_DELIVERY_TIME = BODY_OF[SmsDeliveryTime]
FIELD_SMS_DELIVERY_TIME_HOUR = BODY_SMS_DELIVERY_TIME.fields[0]
RULE_SMS_DELIVERY_TIME_HOUR = BODY_SMS_DELIVERY_TIME.fields[0].rule
FIELD_SMS_DELIVERY_TIME_MINUTE = BODY_SMS_DELIVERY_TIME.fields[1]
RULE_SMS_DELIVERY_TIME_MINUTE = BODY_SMS_DELIVERY_TIME.fields[1].rule
KNOWN_SMS_DELIVERY_TIME = frozenset(f.wire for f in BODY_SMS_DELIVERY_TIME.fields)
RULE_SMS_DELIVERY_TIME_WINDOW_END = BODY_SMS_DELIVERY_TIME_WINDOW.fields[2].rule
KNOWN_SMS_DELIVERY_TIME_WINDOW = frozenset(f.wire for f in BODY_SMS_DELIVERY_TIME_WINDOW.fields)
CHECK_SMS_DELIVERY_TIME_WINDOW = cast(BodyCheck, BODY_SMS_DELIVERY_TIME_WINDOW.check)
RULE_SMS_MESSAGE_OPTIONS_CAMPAIGN_REFERENCE_ID = BODY_SMS_MESSAGE_OPTIONS.fields[3].rule
RULE_SMS_MESSAGE_OPTIONS_REGIONAL = BODY_SMS_MESSAGE_OPTIONS.fields[4].rule
BODY_SMS_REGIONAL = BODY_OF[SmsRegional]
RULE_SMS_REGIONAL_INDIA_DLT = BODY_SMS_REGIONAL.fields[0].rule
BODY_SMS_INDIA_DLT = BODY_OF[SmsIndiaDlt]
RULE_SMS_INDIA_DLT_CONTENT_TEMPLATE_ID = BODY_SMS_INDIA_DLT.fields[0].rule
FIELD_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID = BODY_SMS_INDIA_DLT.fields[1]
RULE_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID = BODY_SMS_INDIA_DLT.fields[1].rule
RULE_SMS_INDIA_DLT_TELEMARKETER_ID = BODY_SMS_INDIA_DLT.fields[2].rule
KNOWN_SMS_INDIA_DLT = frozenset(f.wire for f in BODY_SMS_INDIA_DLT.fields)
RULE_SMS_REGIONAL_TURKEY_IYS = BODY_SMS_REGIONAL.fields[1].rule
BODY_SMS_TURKEY_IYS = BODY_OF[SmsTurkeyIys]
RULE_SMS_TURKEY_IYS_BRAND_CODE = BODY_SMS_TURKEY_IYS.fields[0].rule
FIELD_SMS_TURKEY_IYS_RECIPIENT_TYPE = BODY_SMS_TURKEY_IYS.fields[1]
RULE_SMS_TURKEY_IYS_RECIPIENT_TYPE = BODY_SMS_TURKEY_IYS.fields[1].rule
KNOWN_SMS_TURKEY_IYS = frozenset(f.wire for f in BODY_SMS_TURKEY_IYS.fields)
RULE_SMS_REGIONAL_SOUTH_KOREA = BODY_SMS_REGIONAL.fields[2].rule
BODY_SMS_SOUTH_KOREA = BODY_OF[SmsSouthKorea]
RULE_SMS_SOUTH_KOREA_TITLE = BODY_SMS_SOUTH_KOREA.fields[0].rule
RULE_SMS_SOUTH_KOREA_RESELLER_CODE = BODY_SMS_SOUTH_KOREA.fields[1].rule
KNOWN_SMS_SOUTH_KOREA = frozenset(f.wire for f in BODY_SMS_SOUTH_KOREA.fields)
KNOWN_SMS_REGIONAL = frozenset(f.wire for f in BODY_SMS_REGIONAL.fields)
RULE_SMS_MESSAGE_OPTIONS_FLASH = BODY_SMS_MESSAGE_OPTIONS.fields[5].rule
KNOWN_SMS_MESSAGE_OPTIONS = frozenset(f.wire for f in BODY_SMS_MESSAGE_OPTIONS.fields)
RULE_SMS_MESSAGE_WEBHOOKS = BODY_SMS_MESSAGE.fields[4].rule
BODY_SMS_WEBHOOKS = BODY_OF[SmsWebhooks]
RULE_SMS_WEBHOOKS_DELIVERY = BODY_SMS_WEBHOOKS.fields[0].rule
BODY_SMS_DELIVERY_WEBHOOK = BODY_OF[SmsDeliveryWebhook]
RULE_SMS_DELIVERY_WEBHOOK_URL = BODY_SMS_DELIVERY_WEBHOOK.fields[0].rule
RULE_SMS_DELIVERY_WEBHOOK_INTERMEDIATE_REPORT = BODY_SMS_DELIVERY_WEBHOOK.fields[1].rule
RULE_SMS_DELIVERY_WEBHOOK_NOTIFY = BODY_SMS_DELIVERY_WEBHOOK.fields[2].rule
KNOWN_SMS_DELIVERY_WEBHOOK = frozenset(f.wire for f in BODY_SMS_DELIVERY_WEBHOOK.fields)
RULE_SMS_WEBHOOKS_CONTENT_TYPE = BODY_SMS_WEBHOOKS.fields[1].rule
RULE_SMS_WEBHOOKS_CALLBACK_DATA = BODY_SMS_WEBHOOKS.fields[2].rule
KNOWN_SMS_WEBHOOKS = frozenset(f.wire for f in BODY_SMS_WEBHOOKS.fields)
KNOWN_SMS_MESSAGE = frozenset(f.wire for f in BODY_SMS_MESSAGE.fields)
FOREIGN_SMS_MESSAGE = frozenset(BODY_SMS_MESSAGE.foreign)
RULE_V3_MESSAGES_REQUEST_OPTIONS = BODY_V3_MESSAGES_REQUEST.fields[1].rule
BODY_SMS_REQUEST_OPTIONS = BODY_OF[SmsRequestOptions]
RULE_SMS_REQUEST_OPTIONS_SCHEDULE = BODY_SMS_REQUEST_OPTIONS.fields[0].rule
BODY_SMS_SCHEDULE = BODY_OF[SmsSchedule]
RULE_SMS_SCHEDULE_BULK_ID = BODY_SMS_SCHEDULE.fields[0].rule
RULE_SMS_SCHEDULE_SEND_AT = BODY_SMS_SCHEDULE.fields[1].rule
RULE_SMS_SCHEDULE_SENDING_SPEED_LIMIT = BODY_SMS_SCHEDULE.fields[2].rule
BODY_SMS_SPEED_LIMIT = BODY_OF[SmsSpeedLimit]
FIELD_SMS_SPEED_LIMIT_AMOUNT = BODY_SMS_SPEED_LIMIT.fields[0]
RULE_SMS_SPEED_LIMIT_AMOUNT = BODY_SMS_SPEED_LIMIT.fields[0].rule
RULE_SMS_SPEED_LIMIT_TIME_UNIT = BODY_SMS_SPEED_LIMIT.fields[1].rule
KNOWN_SMS_SPEED_LIMIT = frozenset(f.wire for f in BODY_SMS_SPEED_LIMIT.fields)
KNOWN_SMS_SCHEDULE = frozenset(f.wire for f in BODY_SMS_SCHEDULE.fields)
RULE_SMS_REQUEST_OPTIONS_TRACKING = BODY_SMS_REQUEST_OPTIONS.fields[1].rule
BODY_SMS_TRACKING = BODY_OF[SmsTracking]
RULE_SMS_TRACKING_SHORTEN_URL = BODY_SMS_TRACKING.fields[0].rule
RULE_SMS_TRACKING_TRACK_CLICKS = BODY_SMS_TRACKING.fields[1].rule
RULE_SMS_TRACKING_TRACKING_URL = BODY_SMS_TRACKING.fields[2].rule
RULE_SMS_TRACKING_REMOVE_PROTOCOL = BODY_SMS_TRACKING.fields[3].rule
RULE_SMS_TRACKING_CUSTOM_DOMAIN = BODY_SMS_TRACKING.fields[4].rule
KNOWN_SMS_TRACKING = frozenset(f.wire for f in BODY_SMS_TRACKING.fields)
RULE_SMS_REQUEST_OPTIONS_INCLUDE_SMS_COUNT_IN_RESPONSE = BODY_SMS_REQUEST_OPTIONS.fields[2].rule
RULE_SMS_REQUEST_OPTIONS_CONVERSION_TRACKING = BODY_SMS_REQUEST_OPTIONS.fields[3].rule
BODY_SMS_CONVERSION_TRACKING = BODY_OF[SmsConversionTracking]
RULE_SMS_CONVERSION_TRACKING_USE_CONVERSION_TRACKING = BODY_SMS_CONVERSION_TRACKING.fields[0].rule
RULE_SMS_CONVERSION_TRACKING_CONVERSION_TRACKING_NAME = BODY_SMS_CONVERSION_TRACKING.fields[1].rule
KNOWN_SMS_CONVERSION_TRACKING = frozenset(f.wire for f in BODY_SMS_CONVERSION_TRACKING.fields)
KNOWN_SMS_REQUEST_OPTIONS = frozenset(f.wire for f in BODY_SMS_REQUEST_OPTIONS.fields)
KNOWN_V3_MESSAGES_REQUEST = frozenset(f.wire for f in BODY_V3_MESSAGES_REQUEST.fields)
FOREIGN_V3_MESSAGES_REQUEST = frozenset(BODY_V3_MESSAGES_REQUEST.foreign)
BODY_TEXT_ADVANCED_REQUEST = BODY_OF[TextAdvancedRequest]
RULE_TEXT_ADVANCED_REQUEST_BULK_ID = BODY_TEXT_ADVANCED_REQUEST.fields[0].rule
FIELD_TEXT_ADVANCED_REQUEST_MESSAGES = BODY_TEXT_ADVANCED_REQUEST.fields[1]
RULE_TEXT_ADVANCED_REQUEST_MESSAGES = BODY_TEXT_ADVANCED_REQUEST.fields[1].rule
BODY_ADVANCED_TEXT_MESSAGE = BODY_OF[AdvancedTextMessage]
RULE_ADVANCED_TEXT_MESSAGE_CALLBACK_DATA = BODY_ADVANCED_TEXT_MESSAGE.fields[0].rule
RULE_ADVANCED_TEXT_MESSAGE_DELIVERY_TIME_WINDOW = BODY_ADVANCED_TEXT_MESSAGE.fields[1].rule
FIELD_ADVANCED_TEXT_MESSAGE_DESTINATIONS = BODY_ADVANCED_TEXT_MESSAGE.fields[2]
RULE_ADVANCED_TEXT_MESSAGE_DESTINATIONS = BODY_ADVANCED_TEXT_MESSAGE.fields[2].rule
BODY_DESTINATION = BODY_OF[Destination]
FIELD_DESTINATION_TO = BODY_DESTINATION.fields[0]
RULE_DESTINATION_TO = BODY_DESTINATION.fields[0].rule
RULE_DESTINATION_MESSAGE_ID = BODY_DESTINATION.fields[1].rule
KNOWN_DESTINATION = frozenset(f.wire for f in BODY_DESTINATION.fields)
RULE_ADVANCED_TEXT_MESSAGE_FLASH = BODY_ADVANCED_TEXT_MESSAGE.fields[3].rule
RULE_ADVANCED_TEXT_MESSAGE_SENDER = BODY_ADVANCED_TEXT_MESSAGE.fields[4].rule
RULE_ADVANCED_TEXT_MESSAGE_INTERMEDIATE_REPORT = BODY_ADVANCED_TEXT_MESSAGE.fields[5].rule
RULE_ADVANCED_TEXT_MESSAGE_LANGUAGE = BODY_ADVANCED_TEXT_MESSAGE.fields[6].rule
BODY_SMS_LANGUAGE = BODY_OF[SmsLanguage]
RULE_SMS_LANGUAGE_LANGUAGE_CODE = BODY_SMS_LANGUAGE.fields[0].rule
RULE_SMS_LANGUAGE_SINGLE_SHIFT = BODY_SMS_LANGUAGE.fields[1].rule
RULE_SMS_LANGUAGE_LOCKING_SHIFT = BODY_SMS_LANGUAGE.fields[2].rule
KNOWN_SMS_LANGUAGE = frozenset(f.wire for f in BODY_SMS_LANGUAGE.fields)
CHECK_SMS_LANGUAGE = cast(BodyCheck, BODY_SMS_LANGUAGE.check)
RULE_ADVANCED_TEXT_MESSAGE_NOTIFY_CONTENT_TYPE = BODY_ADVANCED_TEXT_MESSAGE.fields[7].rule
RULE_ADVANCED_TEXT_MESSAGE_NOTIFY_URL = BODY_ADVANCED_TEXT_MESSAGE.fields[8].rule
RULE_ADVANCED_TEXT_MESSAGE_REGIONAL = BODY_ADVANCED_TEXT_MESSAGE.fields[9].rule
RULE_ADVANCED_TEXT_MESSAGE_SEND_AT = BODY_ADVANCED_TEXT_MESSAGE.fields[10].rule
RULE_ADVANCED_TEXT_MESSAGE_TEXT = BODY_ADVANCED_TEXT_MESSAGE.fields[11].rule
RULE_ADVANCED_TEXT_MESSAGE_TRANSLITERATION = BODY_ADVANCED_TEXT_MESSAGE.fields[12].rule
RULE_ADVANCED_TEXT_MESSAGE_VALIDITY_PERIOD = BODY_ADVANCED_TEXT_MESSAGE.fields[13].rule
RULE_ADVANCED_TEXT_MESSAGE_ENTITY_ID = BODY_ADVANCED_TEXT_MESSAGE.fields[14].rule
RULE_ADVANCED_TEXT_MESSAGE_APPLICATION_ID = BODY_ADVANCED_TEXT_MESSAGE.fields[15].rule
RULE_ADVANCED_TEXT_MESSAGE_CAMPAIGN_REFERENCE_ID = BODY_ADVANCED_TEXT_MESSAGE.fields[16].rule
KNOWN_ADVANCED_TEXT_MESSAGE = frozenset(f.wire for f in BODY_ADVANCED_TEXT_MESSAGE.fields)
CHECK_ADVANCED_TEXT_MESSAGE = cast(BodyCheck, BODY_ADVANCED_TEXT_MESSAGE.check)
FOREIGN_ADVANCED_TEXT_MESSAGE = frozenset(BODY_ADVANCED_TEXT_MESSAGE.foreign)
RULE_TEXT_ADVANCED_REQUEST_SENDING_SPEED_LIMIT = BODY_TEXT_ADVANCED_REQUEST.fields[2].rule
RULE_TEXT_ADVANCED_REQUEST_URL_OPTIONS = BODY_TEXT_ADVANCED_REQUEST.fields[3].rule
RULE_TEXT_ADVANCED_REQUEST_TRACKING = BODY_TEXT_ADVANCED_REQUEST.fields[4].rule
BODY_TRACKING = BODY_OF[Tracking]
RULE_TRACKING_BASE_URL = BODY_TRACKING.fields[0].rule
RULE_TRACKING_PROCESS_KEY = BODY_TRACKING.fields[1].rule
RULE_TRACKING_TRACK = BODY_TRACKING.fields[2].rule
RULE_TRACKING_TYPE = BODY_TRACKING.fields[3].rule
KNOWN_TRACKING = frozenset(f.wire for f in BODY_TRACKING.fields)
RULE_TEXT_ADVANCED_REQUEST_INCLUDE_SMS_COUNT_IN_RESPONSE = BODY_TEXT_ADVANCED_REQUEST.fields[5].rule
KNOWN_TEXT_ADVANCED_REQUEST = frozenset(f.wire for f in BODY_TEXT_ADVANCED_REQUEST.fields)
FOREIGN_TEXT_ADVANCED_REQUEST = frozenset(BODY_TEXT_ADVANCED_REQUEST.foreign)
BODY_BINARY_ADVANCED_REQUEST = BODY_OF[BinaryAdvancedRequest]
RULE_BINARY_ADVANCED_REQUEST_BULK_ID = BODY_BINARY_ADVANCED_REQUEST.fields[0].rule
FIELD_BINARY_ADVANCED_REQUEST_MESSAGES = BODY_BINARY_ADVANCED_REQUEST.fields[1]
RULE_BINARY_ADVANCED_REQUEST_MESSAGES = BODY_BINARY_ADVANCED_REQUEST.fields[1].rule
BODY_ADVANCED_BINARY_MESSAGE = BODY_OF[AdvancedBinaryMessage]
RULE_ADVANCED_BINARY_MESSAGE_BINARY = BODY_ADVANCED_BINARY_MESSAGE.fields[0].rule
RULE_ADVANCED_BINARY_MESSAGE_CALLBACK_DATA = BODY_ADVANCED_BINARY_MESSAGE.fields[1].rule
RULE_ADVANCED_BINARY_MESSAGE_DELIVERY_TIME_WINDOW = BODY_ADVANCED_BINARY_MESSAGE.fields[2].rule
FIELD_ADVANCED_BINARY_MESSAGE_DESTINATIONS = BODY_ADVANCED_BINARY_MESSAGE.fields[3]
RULE_ADVANCED_BINARY_MESSAGE_DESTINATIONS = BODY_ADVANCED_BINARY_MESSAGE.fields[3].rule
RULE_ADVANCED_BINARY_MESSAGE_FLASH = BODY_ADVANCED_BINARY_MESSAGE.fields[4].rule
RULE_ADVANCED_BINARY_MESSAGE_SENDER = BODY_ADVANCED_BINARY_MESSAGE.fields[5].rule
RULE_ADVANCED_BINARY_MESSAGE_INTERMEDIATE_REPORT = BODY_ADVANCED_BINARY_MESSAGE.fields[6].rule
RULE_ADVANCED_BINARY_MESSAGE_NOTIFY_CONTENT_TYPE = BODY_ADVANCED_BINARY_MESSAGE.fields[7].rule
RULE_ADVANCED_BINARY_MESSAGE_NOTIFY_URL = BODY_ADVANCED_BINARY_MESSAGE.fields[8].rule
RULE_ADVANCED_BINARY_MESSAGE_REGIONAL = BODY_ADVANCED_BINARY_MESSAGE.fields[9].rule
RULE_ADVANCED_BINARY_MESSAGE_SEND_AT = BODY_ADVANCED_BINARY_MESSAGE.fields[10].rule
RULE_ADVANCED_BINARY_MESSAGE_VALIDITY_PERIOD = BODY_ADVANCED_BINARY_MESSAGE.fields[11].rule
RULE_ADVANCED_BINARY_MESSAGE_ENTITY_ID = BODY_ADVANCED_BINARY_MESSAGE.fields[12].rule
RULE_ADVANCED_BINARY_MESSAGE_APPLICATION_ID = BODY_ADVANCED_BINARY_MESSAGE.fields[13].rule
RULE_ADVANCED_BINARY_MESSAGE_CAMPAIGN_REFERENCE_ID = BODY_ADVANCED_BINARY_MESSAGE.fields[14].rule
KNOWN_ADVANCED_BINARY_MESSAGE = frozenset(f.wire for f in BODY_ADVANCED_BINARY_MESSAGE.fields)
FOREIGN_ADVANCED_BINARY_MESSAGE = frozenset(BODY_ADVANCED_BINARY_MESSAGE.foreign)
RULE_BINARY_ADVANCED_REQUEST_SENDING_SPEED_LIMIT = BODY_BINARY_ADVANCED_REQUEST.fields[2].rule
KNOWN_BINARY_ADVANCED_REQUEST = frozenset(f.wire for f in BODY_BINARY_ADVANCED_REQUEST.fields)
FOREIGN_BINARY_ADVANCED_REQUEST = frozenset(BODY_BINARY_ADVANCED_REQUEST.foreign)
BODY_PREVIEW_REQUEST = BODY_OF[PreviewRequest]
FIELD_PREVIEW_REQUEST_TEXT = BODY_PREVIEW_REQUEST.fields[0]
RULE_PREVIEW_REQUEST_TEXT = BODY_PREVIEW_REQUEST.fields[0].rule
RULE_PREVIEW_REQUEST_LANGUAGE_CODE = BODY_PREVIEW_REQUEST.fields[1].rule
RULE_PREVIEW_REQUEST_TRANSLITERATION = BODY_PREVIEW_REQUEST.fields[2].rule
KNOWN_PREVIEW_REQUEST = frozenset(f.wire for f in BODY_PREVIEW_REQUEST.fields)


def decode_text_multi_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TextMultiRequest of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_0 = []
        append0 = x0_0.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 2
            v = d1.get('from')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_0 = v
            v = d1['to']
            if type(v) is str:
                if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                    return None
                x1_1 = (v,)
            elif type(v) is list and 1 <= len(v) <= L.max_destinations:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        return None
                x1_1 = tuple(v)
            else:
                return None
            v = d1['text']
            if not (type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_2 = v
            if ':' in v:
                tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableTextMessage)
            o1.sender = x1_0
            o1.to = x1_1
            o1.text = x1_2
            o1.__class__ = TextMessage
            append0(o1)
        x0_0 = tuple(x0_0)
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableTextMultiRequest)
        o0.messages = x0_0
        o0.__class__ = TextMultiRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_binary_multi_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BinaryMultiRequest of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_0 = []
        append0 = x0_0.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 2
            v = d1.get('from')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_0 = v
            v = d1['to']
            if type(v) is str:
                if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                    return None
                x1_1 = (v,)
            elif type(v) is list and 1 <= len(v) <= L.max_destinations:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        return None
                x1_1 = tuple(v)
            else:
                return None
            d2 = d1['binary']
            if type(d2) is not dict:
                return None
            k2 = 1
            v = d2['hex']
            if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
                return None
            x2_0 = parse_hex(v)
            if x2_0 is None:
                return None
            v = d2.get('dataCoding')
            if v is None:
                x2_1 = 0
            else:
                k2 += 1
                if not (type(v) is int and (0 <= v <= 255)):
                    return None
                x2_1 = v
            v = d2.get('esmClass')
            if v is None:
                x2_2 = 0
            else:
                k2 += 1
                if not (type(v) is int and (0 <= v <= 255)):
                    return None
                x2_2 = v
            if len(d2) != k2:
                return None
            seen += k2
            if not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)):
                return None
            o2 = new(MutableBinaryContent)
            o2.hex = x2_0
            o2.data_coding = x2_1
            o2.esm_class = x2_2
            o2.__class__ = BinaryContent
            x1_2 = o2
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableBinaryMessage)
            o1.sender = x1_0
            o1.to = x1_1
            o1.binary = x1_2
            o1.__class__ = BinaryMessage
            append0(o1)
        x0_0 = tuple(x0_0)
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBinaryMultiRequest)
        o0.messages = x0_0
        o0.__class__ = BinaryMultiRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_text_single_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TextSingleRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 2
        v = d0.get('from')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                return None
            x0_0 = v
        v = d0['to']
        if type(v) is str:
            if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                return None
            x0_1 = (v,)
        elif type(v) is list and 1 <= len(v) <= L.max_destinations:
            for e in v:
                if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                    return None
            x0_1 = tuple(v)
        else:
            return None
        v = d0['text']
        if not (type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x0_2 = v
        if ':' in v:
            tc += v.count(':')
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableTextSingleRequest)
        o0.sender = x0_0
        o0.to = x0_1
        o0.text = x0_2
        o0.__class__ = TextSingleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_binary_single_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BinarySingleRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 2
        v = d0.get('from')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                return None
            x0_0 = v
        v = d0['to']
        if type(v) is str:
            if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                return None
            x0_1 = (v,)
        elif type(v) is list and 1 <= len(v) <= L.max_destinations:
            for e in v:
                if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                    return None
            x0_1 = tuple(v)
        else:
            return None
        d1 = d0['binary']
        if type(d1) is not dict:
            return None
        k1 = 1
        v = d1['hex']
        if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
            return None
        x1_0 = parse_hex(v)
        if x1_0 is None:
            return None
        v = d1.get('dataCoding')
        if v is None:
            x1_1 = 0
        else:
            k1 += 1
            if not (type(v) is int and (0 <= v <= 255)):
                return None
            x1_1 = v
        v = d1.get('esmClass')
        if v is None:
            x1_2 = 0
        else:
            k1 += 1
            if not (type(v) is int and (0 <= v <= 255)):
                return None
            x1_2 = v
        if len(d1) != k1:
            return None
        seen += k1
        if not (udh_fits(x1_0, x1_1, x1_2) if x1_2 & 64 else 0 < len(x1_0) <= 34170 and (x1_0.isascii() if x1_1 in (0, 1) else x1_1 != 8 or not len(x1_0) % 2)):
            return None
        o1 = new(MutableBinaryContent)
        o1.hex = x1_0
        o1.data_coding = x1_1
        o1.esm_class = x1_2
        o1.__class__ = BinaryContent
        x0_2 = o1
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableBinarySingleRequest)
        o0.sender = x0_0
        o0.to = x0_1
        o0.binary = x0_2
        o0.__class__ = BinarySingleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_sms_response(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The SmsResponse of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0['messages']
        if type(v) is not list or not 0 <= len(v) <= L.max_messages:
            return None
        x0_1 = []
        append0 = x0_1.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            v = d1.get('to')
            if v is None:
                x1_0 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
            d2 = d1['status']
            if type(d2) is not dict:
                return None
            v = d2['groupId']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_0 = v
            v = d2.get('groupName')
            if v is None:
                x2_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_1 = v
            v = d2['id']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_2 = v
            v = d2.get('name')
            if v is None:
                x2_3 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_3 = v
            v = d2.get('description')
            if v is None:
                x2_4 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_4 = v
            v = d2.get('action')
            if v is None:
                x2_5 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_5 = v
            o2 = new(MutableStatus)
            o2.group_id = x2_0
            o2.group_name = x2_1
            o2.id = x2_2
            o2.name = x2_3
            o2.description = x2_4
            o2.action = x2_5
            o2.__class__ = Status
            x1_1 = o2
            v = d1.get('smsCount')
            if v is None:
                x1_2 = None
            else:
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x1_2 = v
            v = d1['messageId']
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_3 = v
            o1 = new(MutableSentMessage)
            o1.to = x1_0
            o1.status = x1_1
            o1.sms_count = x1_2
            o1.message_id = x1_3
            o1.__class__ = SentMessage
            append0(o1)
        x0_1 = tuple(x0_1)
        o0 = new(MutableSmsResponse)
        o0.bulk_id = x0_0
        o0.messages = x0_1
        o0.__class__ = SmsResponse
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_request_error(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The RequestError of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        d1 = d0['serviceException']
        if type(d1) is not dict:
            return None
        v = d1['messageId']
        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x1_0 = v
        v = d1.get('text')
        if v is None:
            x1_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_1 = v
        v = d1.get('validationErrors')
        if v is None:
            x1_2 = None
        else:
            x1_2 = fast_string_lists(v, L)
            if x1_2 is None:
                return None
        o1 = new(MutableServiceException)
        o1.message_id = x1_0
        o1.text = x1_1
        o1.validation_errors = x1_2
        o1.__class__ = ServiceException
        x0_0 = o1
        o0 = new(MutableRequestError)
        o0.service_exception = x0_0
        o0.__class__ = RequestError
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_schedule(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkSchedule of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('sendAt')
        if v is None:
            x0_1 = None
        else:
            x0_1 = fast_timestamp(v)
            if x0_1 is None:
                return None
        o0 = new(MutableBulkSchedule)
        o0.bulk_id = x0_0
        o0.send_at = x0_1
        o0.__class__ = BulkSchedule
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_reschedule_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkRescheduleRequest of a plainly valid tree, else None."""
    x0_0: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['sendAt']
        x0_0 = fast_timestamp(v)
        if x0_0 is None:
            return None
        tc += v.count(':')
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBulkRescheduleRequest)
        o0.send_at = x0_0
        o0.__class__ = BulkRescheduleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_bulk_status(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkStatus of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('status')
        if v is None:
            x0_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_1 = v
        o0 = new(MutableBulkStatus)
        o0.bulk_id = x0_0
        o0.status = x0_1
        o0.__class__ = BulkStatus
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_status_update_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkStatusUpdateRequest of a plainly valid tree, else None."""
    x0_0: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['status']
        if not (type(v) is str and (v in ('CANCELED', 'FAILED', 'FINISHED', 'PAUSED', 'PENDING', 'PROCESSING'))):
            return None
        x0_0 = v
        if ':' in v:
            tc += v.count(':')
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBulkStatusUpdateRequest)
        o0.status = x0_0
        o0.__class__ = BulkStatusUpdateRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_v3_messages_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The MessagesRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    x4_0: Any
    x4_1: Any
    x4_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 1
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_0 = []
        append0 = x0_0.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 2
            v = d1.get('sender')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_0 = v
            v = d1['destinations']
            if type(v) is not list or not 1 <= len(v) <= L.max_destinations:
                return None
            x1_1 = []
            append1 = x1_1.append
            for d2 in v:
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['to']
                if not (type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0'))))):
                    return None
                x2_0 = v
                v = d2.get('messageId')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                v = d2.get('networkId')
                if v is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                        return None
                    x2_2 = v
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsDestination)
                o2.to = x2_0
                o2.message_id = x2_1
                o2.network_id = x2_2
                o2.__class__ = SmsDestination
                append1(o2)
            x1_1 = tuple(x1_1)
            d2 = d1['content']
            if type(d2) is not dict:
                return None
            if ('text' in d2) and 'hex' not in d2:
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['text']
                if not (type(v) is str and (0 < len(v) <= L.max_text_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_0 = v
                if ':' in v:
                    tc += v.count(':')
                v = d2.get('transliteration')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (v in ('ALL', 'BALTIC', 'BULGARIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'COLOMBIAN', 'CYRILLIC', 'GREEK', 'NONE', 'NON_UNICODE', 'PORTUGUESE', 'SERBIAN_CYRILLIC', 'TURKISH'))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                d3 = d2.get('language')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    v = d3.get('languageCode')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (v in ('AUTODETECT', 'ES', 'NONE', 'PT', 'TR'))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3.get('singleShift')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is bool and (True)):
                            return None
                        x3_1 = v
                    v = d3.get('lockingShift')
                    if v is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if not (type(v) is bool and (True)):
                            return None
                        x3_2 = v
                    if len(d3) != k3:
                        return None
                    seen += k3
                    if not (x3_0 is not None and x3_0 != 'NONE' or not (x3_1 or x3_2)):
                        return None
                    o3 = new(MutableSmsLanguage)
                    o3.language_code = x3_0
                    o3.single_shift = x3_1
                    o3.locking_shift = x3_2
                    o3.__class__ = SmsLanguage
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                if not (x2_0 is None or len(x2_0) <= 2103 or (x2_1 is None and len(x2_0) <= 8415) or sent_fits(x2_0, x2_2, x2_1)):
                    return None
                o2 = new(MutableSmsTextContent)
                o2.text = x2_0
                o2.transliteration = x2_1
                o2.language = x2_2
                o2.__class__ = SmsTextContent
            elif ('hex' in d2) and 'text' not in d2:
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['hex']
                if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
                    return None
                x2_0 = parse_hex(v)
                if x2_0 is None:
                    return None
                v = d2.get('dataCoding')
                if v is None:
                    x2_1 = 0
                else:
                    k2 += 1
                    if not (type(v) is int and (0 <= v <= 255)):
                        return None
                    x2_1 = v
                v = d2.get('esmClass')
                if v is None:
                    x2_2 = 0
                else:
                    k2 += 1
                    if not (type(v) is int and (0 <= v <= 255)):
                        return None
                    x2_2 = v
                if len(d2) != k2:
                    return None
                seen += k2
                if not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)):
                    return None
                o2 = new(MutableBinaryContent)
                o2.hex = x2_0
                o2.data_coding = x2_1
                o2.esm_class = x2_2
                o2.__class__ = BinaryContent
            else:
                return None
            x1_2 = o2
            d2 = d1.get('options')
            if d2 is None:
                x1_3 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                d3 = d2.get('platform')
                if d3 is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    v = d3.get('entityId')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3.get('applicationId')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_1 = v
                        if ':' in v:
                            tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsPlatform)
                    o3.entity_id = x3_0
                    o3.application_id = x3_1
                    o3.__class__ = SmsPlatform
                    x2_0 = o3
                d3 = d2.get('validityPeriod')
                if d3 is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3['amount']
                    if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                        return None
                    x3_0 = v
                    v = d3.get('timeUnit')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (v in ('HOURS', 'MINUTES', 'SECONDS'))):
                            return None
                        x3_1 = v
                        if ':' in v:
                            tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsValidityPeriod)
                    o3.amount = x3_0
                    o3.time_unit = x3_1
                    o3.__class__ = SmsValidityPeriod
                    x2_1 = o3
                d3 = d2.get('deliveryTimeWindow')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3['days']
                    if type(v) is list and 1 <= len(v) <= L.max_destinations:
                        for e in v:
                            if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                                return None
                        x3_0 = tuple(v)
                    else:
                        return None
                    d4 = d3.get('from')
                    if d4 is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if type(d4) is not dict:
                            return None
                        v = d4['hour']
                        if not (type(v) is int and (0 <= v <= 23)):
                            return None
                        x4_0 = v
                        v = d4['minute']
                        if not (type(v) is int and (0 <= v <= 59)):
                            return None
                        x4_1 = v
                        if len(d4) != 2:
                            return None
                        seen += 2
                        o4 = new(MutableSmsDeliveryTime)
                        o4.hour = x4_0
                        o4.minute = x4_1
                        o4.__class__ = SmsDeliveryTime
                        x3_1 = o4
                    d4 = d3.get('to')
                    if d4 is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if type(d4) is not dict:
                            return None
                        v = d4['hour']
                        if not (type(v) is int and (0 <= v <= 23)):
                            return None
                        x4_0 = v
                        v = d4['minute']
                        if not (type(v) is int and (0 <= v <= 59)):
                            return None
                        x4_1 = v
                        if len(d4) != 2:
                            return None
                        seen += 2
                        o4 = new(MutableSmsDeliveryTime)
                        o4.hour = x4_0
                        o4.minute = x4_1
                        o4.__class__ = SmsDeliveryTime
                        x3_2 = o4
                    if len(d3) != k3:
                        return None
                    seen += k3
                    if not (x3_1 is None and x3_2 is None or (hasattr(x3_1, 'hour') and hasattr(x3_2, 'hour') and ((x3_2.hour * 60 + x3_2.minute - x3_1.hour * 60 - x3_1.minute) % 1440 >= 60))):
                        return None
                    o3 = new(MutableSmsDeliveryTimeWindow)
                    o3.days = x3_0
                    o3.start = x3_1
                    o3.end = x3_2
                    o3.__class__ = SmsDeliveryTimeWindow
                    x2_2 = o3
                v = d2.get('campaignReferenceId')
                if v is None:
                    x2_3 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_3 = v
                    if ':' in v:
                        tc += v.count(':')
                d3 = d2.get('regional')
                if d3 is None:
                    x2_4 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    d4 = d3.get('indiaDlt')
                    if d4 is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if type(d4) is not dict:
                            return None
                        k4 = 1
                        v = d4.get('contentTemplateId')
                        if v is None:
                            x4_0 = None
                        else:
                            k4 += 1
                            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                                return None
                            x4_0 = v
                            if ':' in v:
                                tc += v.count(':')
                        v = d4['principalEntityId']
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x4_1 = v
                        if ':' in v:
                            tc += v.count(':')
                        v = d4.get('telemarketerId')
                        if v is None:
                            x4_2 = None
                        else:
                            k4 += 1
                            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                                return None
                            x4_2 = v
                            if ':' in v:
                                tc += v.count(':')
                        if len(d4) != k4:
                            return None
                        seen += k4
                        o4 = new(MutableSmsIndiaDlt)
                        o4.content_template_id = x4_0
                        o4.principal_entity_id = x4_1
                        o4.telemarketer_id = x4_2
                        o4.__class__ = SmsIndiaDlt
                        x3_0 = o4
                    d4 = d3.get('turkeyIys')
                    if d4 is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if type(d4) is not dict:
                            return None
                        k4 = 1
                        v = d4.get('brandCode')
                        if v is None:
                            x4_0 = None
                        else:
                            k4 += 1
                            if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                                return None
                            x4_0 = v
                        v = d4['recipientType']
                        if not (type(v) is str and (v in ('BIREYSEL', 'TACIR'))):
                            return None
                        x4_1 = v
                        if ':' in v:
                            tc += v.count(':')
                        if len(d4) != k4:
                            return None
                        seen += k4
                        o4 = new(MutableSmsTurkeyIys)
                        o4.brand_code = x4_0
                        o4.recipient_type = x4_1
                        o4.__class__ = SmsTurkeyIys
                        x3_1 = o4
                    d4 = d3.get('southKorea')
                    if d4 is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if type(d4) is not dict:
                            return None
                        k4 = 0
                        v = d4.get('title')
                        if v is None:
                            x4_0 = None
                        else:
                            k4 += 1
                            if not (type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v))):
                                return None
                            x4_0 = v
                            if ':' in v:
                                tc += v.count(':')
                        v = d4.get('resellerCode')
                        if v is None:
                            x4_1 = None
                        else:
                            k4 += 1
                            if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                                return None
                            x4_1 = v
                        if len(d4) != k4:
                            return None
                        seen += k4
                        o4 = new(MutableSmsSouthKorea)
                        o4.title = x4_0
                        o4.reseller_code = x4_1
                        o4.__class__ = SmsSouthKorea
                        x3_2 = o4
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsRegional)
                    o3.india_dlt = x3_0
                    o3.turkey_iys = x3_1
                    o3.south_korea = x3_2
                    o3.__class__ = SmsRegional
                    x2_4 = o3
                v = d2.get('flash')
                if v is None:
                    x2_5 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_5 = v
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsMessageOptions)
                o2.platform = x2_0
                o2.validity_period = x2_1
                o2.delivery_time_window = x2_2
                o2.campaign_reference_id = x2_3
                o2.regional = x2_4
                o2.flash = x2_5
                o2.__class__ = SmsMessageOptions
                x1_3 = o2
            d2 = d1.get('webhooks')
            if d2 is None:
                x1_4 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                d3 = d2.get('delivery')
                if d3 is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    v = d3.get('url')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3.get('intermediateReport')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is bool and (True)):
                            return None
                        x3_1 = v
                    v = d3.get('notify')
                    if v is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if not (type(v) is bool and (True)):
                            return None
                        x3_2 = v
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsDeliveryWebhook)
                    o3.url = x3_0
                    o3.intermediate_report = x3_1
                    o3.notify = x3_2
                    o3.__class__ = SmsDeliveryWebhook
                    x2_0 = o3
                v = d2.get('contentType')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                v = d2.get('callbackData')
                if v is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_2 = v
                    if ':' in v:
                        tc += v.count(':')
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsWebhooks)
                o2.delivery = x2_0
                o2.content_type = x2_1
                o2.callback_data = x2_2
                o2.__class__ = SmsWebhooks
                x1_4 = o2
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableSmsMessage)
            o1.sender = x1_0
            o1.destinations = x1_1
            o1.content = x1_2
            o1.options = x1_3
            o1.webhooks = x1_4
            o1.__class__ = SmsMessage
            append0(o1)
        x0_0 = tuple(x0_0)
        d1 = d0.get('options')
        if d1 is None:
            x0_1 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                return None
            k1 = 0
            d2 = d1.get('schedule')
            if d2 is None:
                x1_0 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                v = d2.get('bulkId')
                if v is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 100) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_0 = v
                    if ':' in v:
                        tc += v.count(':')
                v = d2.get('sendAt')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    x2_1 = fast_timestamp(v)
                    if x2_1 is None:
                        return None
                    tc += v.count(':')
                d3 = d2.get('sendingSpeedLimit')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3['amount']
                    if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                        return None
                    x3_0 = v
                    v = d3.get('timeUnit')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE'))):
                            return None
                        x3_1 = v
                        if ':' in v:
                            tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsSpeedLimit)
                    o3.amount = x3_0
                    o3.time_unit = x3_1
                    o3.__class__ = SmsSpeedLimit
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsSchedule)
                o2.bulk_id = x2_0
                o2.send_at = x2_1
                o2.sending_speed_limit = x2_2
                o2.__class__ = SmsSchedule
                x1_0 = o2
            d2 = d1.get('tracking')
            if d2 is None:
                x1_1 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                v = d2.get('shortenUrl')
                if v is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_0 = v
                v = d2.get('trackClicks')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_1 = v
                v = d2.get('trackingUrl')
                if v is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_2 = v
                    if ':' in v:
                        tc += v.count(':')
                v = d2.get('removeProtocol')
                if v is None:
                    x2_3 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_3 = v
                v = d2.get('customDomain')
                if v is None:
                    x2_4 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_4 = v
                    if ':' in v:
                        tc += v.count(':')
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsTracking)
                o2.shorten_url = x2_0
                o2.track_clicks = x2_1
                o2.tracking_url = x2_2
                o2.remove_protocol = x2_3
                o2.custom_domain = x2_4
                o2.__class__ = SmsTracking
                x1_1 = o2
            v = d1.get('includeSmsCountInResponse')
            if v is None:
                x1_2 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_2 = v
            d2 = d1.get('conversionTracking')
            if d2 is None:
                x1_3 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                v = d2.get('useConversionTracking')
                if v is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_0 = v
                v = d2.get('conversionTrackingName')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsConversionTracking)
                o2.use_conversion_tracking = x2_0
                o2.conversion_tracking_name = x2_1
                o2.__class__ = SmsConversionTracking
                x1_3 = o2
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableSmsRequestOptions)
            o1.schedule = x1_0
            o1.tracking = x1_1
            o1.include_sms_count_in_response = x1_2
            o1.conversion_tracking = x1_3
            o1.__class__ = SmsRequestOptions
            x0_1 = o1
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableMessagesRequest)
        o0.messages = x0_0
        o0.options = x0_1
        o0.__class__ = MessagesRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_v3_messages_response(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The MessagesResponse of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0['messages']
        if type(v) is not list or not 0 <= len(v) <= L.max_messages:
            return None
        x0_1 = []
        append0 = x0_1.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            v = d1['messageId']
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_0 = v
            d2 = d1['status']
            if type(d2) is not dict:
                return None
            v = d2['groupId']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_0 = v
            v = d2.get('groupName')
            if v is None:
                x2_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_1 = v
            v = d2['id']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_2 = v
            v = d2.get('name')
            if v is None:
                x2_3 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_3 = v
            v = d2.get('description')
            if v is None:
                x2_4 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_4 = v
            v = d2.get('action')
            if v is None:
                x2_5 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_5 = v
            o2 = new(MutableStatus)
            o2.group_id = x2_0
            o2.group_name = x2_1
            o2.id = x2_2
            o2.name = x2_3
            o2.description = x2_4
            o2.action = x2_5
            o2.__class__ = Status
            x1_1 = o2
            v = d1.get('destination')
            if v is None:
                x1_2 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_2 = v
            d2 = d1.get('details')
            if d2 is None:
                x1_3 = None
            else:
                if type(d2) is not dict:
                    return None
                v = d2.get('messageCount')
                if v is None:
                    x2_0 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_0 = v
                o2 = new(MutableMessageDetails)
                o2.message_count = x2_0
                o2.__class__ = MessageDetails
                x1_3 = o2
            o1 = new(MutableSentMessageV3)
            o1.message_id = x1_0
            o1.status = x1_1
            o1.destination = x1_2
            o1.details = x1_3
            o1.__class__ = SentMessageV3
            append0(o1)
        x0_1 = tuple(x0_1)
        o0 = new(MutableMessagesResponse)
        o0.bulk_id = x0_0
        o0.messages = x0_1
        o0.__class__ = MessagesResponse
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_api_error(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The ApiError of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x0_3: Any
    x0_4: Any
    x1_0: Any
    x1_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0['errorCode']
        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x0_0 = v
        v = d0.get('description')
        if v is None:
            x0_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_1 = v
        v = d0.get('action')
        if v is None:
            x0_2 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_2 = v
        v = d0.get('violations')
        if v is None:
            x0_3 = None
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_3 = []
            append0 = x0_3.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('property')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1.get('violation')
                if v is None:
                    x1_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_1 = v
                o1 = new(MutableApiErrorViolation)
                o1.property = x1_0
                o1.violation = x1_1
                o1.__class__ = ApiErrorViolation
                append0(o1)
            x0_3 = tuple(x0_3)
        v = d0.get('resources')
        if v is None:
            x0_4 = None
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_4 = []
            append0 = x0_4.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('name')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1.get('url')
                if v is None:
                    x1_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_1 = v
                o1 = new(MutableApiErrorResource)
                o1.name = x1_0
                o1.url = x1_1
                o1.__class__ = ApiErrorResource
                append0(o1)
            x0_4 = tuple(x0_4)
        o0 = new(MutableApiError)
        o0.error_code = x0_0
        o0.description = x0_1
        o0.action = x0_2
        o0.violations = x0_3
        o0.resources = x0_4
        o0.__class__ = ApiError
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_text_advanced_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TextAdvancedRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x0_3: Any
    x0_4: Any
    x0_5: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x1_15: Any
    x1_16: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 1
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
            if ':' in v:
                tc += v.count(':')
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_1 = []
        append0 = x0_1.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 1
            v = d1.get('callbackData')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
                if ':' in v:
                    tc += v.count(':')
            d2 = d1.get('deliveryTimeWindow')
            if d2 is None:
                x1_1 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['days']
                if type(v) is list and 1 <= len(v) <= L.max_destinations:
                    for e in v:
                        if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                            return None
                    x2_0 = tuple(v)
                else:
                    return None
                d3 = d2.get('from')
                if d3 is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    v = d3['hour']
                    if not (type(v) is int and (0 <= v <= 23)):
                        return None
                    x3_0 = v
                    v = d3['minute']
                    if not (type(v) is int and (0 <= v <= 59)):
                        return None
                    x3_1 = v
                    if len(d3) != 2:
                        return None
                    seen += 2
                    o3 = new(MutableSmsDeliveryTime)
                    o3.hour = x3_0
                    o3.minute = x3_1
                    o3.__class__ = SmsDeliveryTime
                    x2_1 = o3
                d3 = d2.get('to')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    v = d3['hour']
                    if not (type(v) is int and (0 <= v <= 23)):
                        return None
                    x3_0 = v
                    v = d3['minute']
                    if not (type(v) is int and (0 <= v <= 59)):
                        return None
                    x3_1 = v
                    if len(d3) != 2:
                        return None
                    seen += 2
                    o3 = new(MutableSmsDeliveryTime)
                    o3.hour = x3_0
                    o3.minute = x3_1
                    o3.__class__ = SmsDeliveryTime
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                if not (x2_1 is None and x2_2 is None or (hasattr(x2_1, 'hour') and hasattr(x2_2, 'hour') and ((x2_2.hour * 60 + x2_2.minute - x2_1.hour * 60 - x2_1.minute) % 1440 >= 60))):
                    return None
                o2 = new(MutableSmsDeliveryTimeWindow)
                o2.days = x2_0
                o2.start = x2_1
                o2.end = x2_2
                o2.__class__ = SmsDeliveryTimeWindow
                x1_1 = o2
            v = d1['destinations']
            if type(v) is not list or not 1 <= len(v) <= L.max_destinations:
                return None
            x1_2 = []
            append1 = x1_2.append
            for d2 in v:
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['to']
                if not (type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0'))))):
                    return None
                x2_0 = v
                v = d2.get('messageId')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableDestination)
                o2.to = x2_0
                o2.message_id = x2_1
                o2.__class__ = Destination
                append1(o2)
            x1_2 = tuple(x1_2)
            v = d1.get('flash')
            if v is None:
                x1_3 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_3 = v
            v = d1.get('from')
            if v is None:
                x1_4 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_4 = v
            v = d1.get('intermediateReport')
            if v is None:
                x1_5 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_5 = v
            d2 = d1.get('language')
            if d2 is None:
                x1_6 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                v = d2.get('languageCode')
                if v is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (v in ('AUTODETECT', 'ES', 'NONE', 'PT', 'TR'))):
                        return None
                    x2_0 = v
                    if ':' in v:
                        tc += v.count(':')
                v = d2.get('singleShift')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_1 = v
                v = d2.get('lockingShift')
                if v is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if not (type(v) is bool and (True)):
                        return None
                    x2_2 = v
                if len(d2) != k2:
                    return None
                seen += k2
                if not (x2_0 is not None and x2_0 != 'NONE' or not (x2_1 or x2_2)):
                    return None
                o2 = new(MutableSmsLanguage)
                o2.language_code = x2_0
                o2.single_shift = x2_1
                o2.locking_shift = x2_2
                o2.__class__ = SmsLanguage
                x1_6 = o2
            v = d1.get('notifyContentType')
            if v is None:
                x1_7 = None
            else:
                k1 += 1
                if not (type(v) is str and (v in ('application/json', 'application/xml'))):
                    return None
                x1_7 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('notifyUrl')
            if v is None:
                x1_8 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_8 = v
                if ':' in v:
                    tc += v.count(':')
            d2 = d1.get('regional')
            if d2 is None:
                x1_9 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                d3 = d2.get('indiaDlt')
                if d3 is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3.get('contentTemplateId')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3['principalEntityId']
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x3_1 = v
                    if ':' in v:
                        tc += v.count(':')
                    v = d3.get('telemarketerId')
                    if v is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_2 = v
                        if ':' in v:
                            tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsIndiaDlt)
                    o3.content_template_id = x3_0
                    o3.principal_entity_id = x3_1
                    o3.telemarketer_id = x3_2
                    o3.__class__ = SmsIndiaDlt
                    x2_0 = o3
                d3 = d2.get('turkeyIys')
                if d3 is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3.get('brandCode')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                            return None
                        x3_0 = v
                    v = d3['recipientType']
                    if not (type(v) is str and (v in ('BIREYSEL', 'TACIR'))):
                        return None
                    x3_1 = v
                    if ':' in v:
                        tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsTurkeyIys)
                    o3.brand_code = x3_0
                    o3.recipient_type = x3_1
                    o3.__class__ = SmsTurkeyIys
                    x2_1 = o3
                d3 = d2.get('southKorea')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    v = d3.get('title')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3.get('resellerCode')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                            return None
                        x3_1 = v
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsSouthKorea)
                    o3.title = x3_0
                    o3.reseller_code = x3_1
                    o3.__class__ = SmsSouthKorea
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsRegional)
                o2.india_dlt = x2_0
                o2.turkey_iys = x2_1
                o2.south_korea = x2_2
                o2.__class__ = SmsRegional
                x1_9 = o2
            v = d1.get('sendAt')
            if v is None:
                x1_10 = None
            else:
                k1 += 1
                x1_10 = fast_timestamp(v)
                if x1_10 is None:
                    return None
                tc += v.count(':')
            v = d1.get('text')
            if v is None:
                x1_11 = None
            else:
                k1 += 1
                if not (type(v) is str and (0 < len(v) <= L.max_text_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_11 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('transliteration')
            if v is None:
                x1_12 = None
            else:
                k1 += 1
                if not (type(v) is str and (v in ('ALL', 'BALTIC', 'BULGARIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'COLOMBIAN', 'CYRILLIC', 'GREEK', 'NONE', 'NON_UNICODE', 'PORTUGUESE', 'SERBIAN_CYRILLIC', 'TURKISH'))):
                    return None
                x1_12 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('validityPeriod')
            if v is None:
                x1_13 = None
            else:
                k1 += 1
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x1_13 = v
            v = d1.get('entityId')
            if v is None:
                x1_14 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 50) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_14 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('applicationId')
            if v is None:
                x1_15 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 50) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_15 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('campaignReferenceId')
            if v is None:
                x1_16 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_16 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            if not (x1_11 is None or len(x1_11) <= 2103 or (x1_12 is None and len(x1_11) <= 8415) or sent_fits(x1_11, x1_6, x1_12)):
                return None
            o1 = new(MutableAdvancedTextMessage)
            o1.callback_data = x1_0
            o1.delivery_time_window = x1_1
            o1.destinations = x1_2
            o1.flash = x1_3
            o1.sender = x1_4
            o1.intermediate_report = x1_5
            o1.language = x1_6
            o1.notify_content_type = x1_7
            o1.notify_url = x1_8
            o1.regional = x1_9
            o1.send_at = x1_10
            o1.text = x1_11
            o1.transliteration = x1_12
            o1.validity_period = x1_13
            o1.entity_id = x1_14
            o1.application_id = x1_15
            o1.campaign_reference_id = x1_16
            o1.__class__ = AdvancedTextMessage
            append0(o1)
        x0_1 = tuple(x0_1)
        d1 = d0.get('sendingSpeedLimit')
        if d1 is None:
            x0_2 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                return None
            k1 = 1
            v = d1['amount']
            if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                return None
            x1_0 = v
            v = d1.get('timeUnit')
            if v is None:
                x1_1 = None
            else:
                k1 += 1
                if not (type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE'))):
                    return None
                x1_1 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableSmsSpeedLimit)
            o1.amount = x1_0
            o1.time_unit = x1_1
            o1.__class__ = SmsSpeedLimit
            x0_2 = o1
        d1 = d0.get('urlOptions')
        if d1 is None:
            x0_3 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                return None
            k1 = 0
            v = d1.get('shortenUrl')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_0 = v
            v = d1.get('trackClicks')
            if v is None:
                x1_1 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_1 = v
            v = d1.get('trackingUrl')
            if v is None:
                x1_2 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_2 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('removeProtocol')
            if v is None:
                x1_3 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_3 = v
            v = d1.get('customDomain')
            if v is None:
                x1_4 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_4 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableSmsTracking)
            o1.shorten_url = x1_0
            o1.track_clicks = x1_1
            o1.tracking_url = x1_2
            o1.remove_protocol = x1_3
            o1.custom_domain = x1_4
            o1.__class__ = SmsTracking
            x0_3 = o1
        d1 = d0.get('tracking')
        if d1 is None:
            x0_4 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                return None
            k1 = 0
            v = d1.get('baseUrl')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('processKey')
            if v is None:
                x1_1 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('track')
            if v is None:
                x1_2 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_2 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('type')
            if v is None:
                x1_3 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_3 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableTracking)
            o1.base_url = x1_0
            o1.process_key = x1_1
            o1.track = x1_2
            o1.type = x1_3
            o1.__class__ = Tracking
            x0_4 = o1
        v = d0.get('includeSmsCountInResponse')
        if v is None:
            x0_5 = None
        else:
            k0 += 1
            if not (type(v) is bool and (True)):
                return None
            x0_5 = v
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableTextAdvancedRequest)
        o0.bulk_id = x0_0
        o0.messages = x0_1
        o0.sending_speed_limit = x0_2
        o0.url_options = x0_3
        o0.tracking = x0_4
        o0.include_sms_count_in_response = x0_5
        o0.__class__ = TextAdvancedRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_binary_advanced_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BinaryAdvancedRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 1
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
            if ':' in v:
                tc += v.count(':')
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_1 = []
        append0 = x0_1.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 1
            d2 = d1.get('binary')
            if d2 is None:
                x1_0 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['hex']
                if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
                    return None
                x2_0 = parse_hex(v)
                if x2_0 is None:
                    return None
                v = d2.get('dataCoding')
                if v is None:
                    x2_1 = 0
                else:
                    k2 += 1
                    if not (type(v) is int and (0 <= v <= 255)):
                        return None
                    x2_1 = v
                v = d2.get('esmClass')
                if v is None:
                    x2_2 = 0
                else:
                    k2 += 1
                    if not (type(v) is int and (0 <= v <= 255)):
                        return None
                    x2_2 = v
                if len(d2) != k2:
                    return None
                seen += k2
                if not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)):
                    return None
                o2 = new(MutableBinaryContent)
                o2.hex = x2_0
                o2.data_coding = x2_1
                o2.esm_class = x2_2
                o2.__class__ = BinaryContent
                x1_0 = o2
            v = d1.get('callbackData')
            if v is None:
                x1_1 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
                if ':' in v:
                    tc += v.count(':')
            d2 = d1.get('deliveryTimeWindow')
            if d2 is None:
                x1_2 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['days']
                if type(v) is list and 1 <= len(v) <= L.max_destinations:
                    for e in v:
                        if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                            return None
                    x2_0 = tuple(v)
                else:
                    return None
                d3 = d2.get('from')
                if d3 is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    v = d3['hour']
                    if not (type(v) is int and (0 <= v <= 23)):
                        return None
                    x3_0 = v
                    v = d3['minute']
                    if not (type(v) is int and (0 <= v <= 59)):
                        return None
                    x3_1 = v
                    if len(d3) != 2:
                        return None
                    seen += 2
                    o3 = new(MutableSmsDeliveryTime)
                    o3.hour = x3_0
                    o3.minute = x3_1
                    o3.__class__ = SmsDeliveryTime
                    x2_1 = o3
                d3 = d2.get('to')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    v = d3['hour']
                    if not (type(v) is int and (0 <= v <= 23)):
                        return None
                    x3_0 = v
                    v = d3['minute']
                    if not (type(v) is int and (0 <= v <= 59)):
                        return None
                    x3_1 = v
                    if len(d3) != 2:
                        return None
                    seen += 2
                    o3 = new(MutableSmsDeliveryTime)
                    o3.hour = x3_0
                    o3.minute = x3_1
                    o3.__class__ = SmsDeliveryTime
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                if not (x2_1 is None and x2_2 is None or (hasattr(x2_1, 'hour') and hasattr(x2_2, 'hour') and ((x2_2.hour * 60 + x2_2.minute - x2_1.hour * 60 - x2_1.minute) % 1440 >= 60))):
                    return None
                o2 = new(MutableSmsDeliveryTimeWindow)
                o2.days = x2_0
                o2.start = x2_1
                o2.end = x2_2
                o2.__class__ = SmsDeliveryTimeWindow
                x1_2 = o2
            v = d1['destinations']
            if type(v) is not list or not 1 <= len(v) <= L.max_destinations:
                return None
            x1_3 = []
            append1 = x1_3.append
            for d2 in v:
                if type(d2) is not dict:
                    return None
                k2 = 1
                v = d2['to']
                if not (type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0'))))):
                    return None
                x2_0 = v
                v = d2.get('messageId')
                if v is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if not (type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                    if ':' in v:
                        tc += v.count(':')
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableDestination)
                o2.to = x2_0
                o2.message_id = x2_1
                o2.__class__ = Destination
                append1(o2)
            x1_3 = tuple(x1_3)
            v = d1.get('flash')
            if v is None:
                x1_4 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_4 = v
            v = d1.get('from')
            if v is None:
                x1_5 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_5 = v
            v = d1.get('intermediateReport')
            if v is None:
                x1_6 = None
            else:
                k1 += 1
                if not (type(v) is bool and (True)):
                    return None
                x1_6 = v
            v = d1.get('notifyContentType')
            if v is None:
                x1_7 = None
            else:
                k1 += 1
                if not (type(v) is str and (v in ('application/json', 'application/xml'))):
                    return None
                x1_7 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('notifyUrl')
            if v is None:
                x1_8 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_8 = v
                if ':' in v:
                    tc += v.count(':')
            d2 = d1.get('regional')
            if d2 is None:
                x1_9 = None
            else:
                k1 += 1
                if type(d2) is not dict:
                    return None
                k2 = 0
                d3 = d2.get('indiaDlt')
                if d3 is None:
                    x2_0 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3.get('contentTemplateId')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3['principalEntityId']
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x3_1 = v
                    if ':' in v:
                        tc += v.count(':')
                    v = d3.get('telemarketerId')
                    if v is None:
                        x3_2 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_2 = v
                        if ':' in v:
                            tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsIndiaDlt)
                    o3.content_template_id = x3_0
                    o3.principal_entity_id = x3_1
                    o3.telemarketer_id = x3_2
                    o3.__class__ = SmsIndiaDlt
                    x2_0 = o3
                d3 = d2.get('turkeyIys')
                if d3 is None:
                    x2_1 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 1
                    v = d3.get('brandCode')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                            return None
                        x3_0 = v
                    v = d3['recipientType']
                    if not (type(v) is str and (v in ('BIREYSEL', 'TACIR'))):
                        return None
                    x3_1 = v
                    if ':' in v:
                        tc += v.count(':')
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsTurkeyIys)
                    o3.brand_code = x3_0
                    o3.recipient_type = x3_1
                    o3.__class__ = SmsTurkeyIys
                    x2_1 = o3
                d3 = d2.get('southKorea')
                if d3 is None:
                    x2_2 = None
                else:
                    k2 += 1
                    if type(d3) is not dict:
                        return None
                    k3 = 0
                    v = d3.get('title')
                    if v is None:
                        x3_0 = None
                    else:
                        k3 += 1
                        if not (type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x3_0 = v
                        if ':' in v:
                            tc += v.count(':')
                    v = d3.get('resellerCode')
                    if v is None:
                        x3_1 = None
                    else:
                        k3 += 1
                        if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                            return None
                        x3_1 = v
                    if len(d3) != k3:
                        return None
                    seen += k3
                    o3 = new(MutableSmsSouthKorea)
                    o3.title = x3_0
                    o3.reseller_code = x3_1
                    o3.__class__ = SmsSouthKorea
                    x2_2 = o3
                if len(d2) != k2:
                    return None
                seen += k2
                o2 = new(MutableSmsRegional)
                o2.india_dlt = x2_0
                o2.turkey_iys = x2_1
                o2.south_korea = x2_2
                o2.__class__ = SmsRegional
                x1_9 = o2
            v = d1.get('sendAt')
            if v is None:
                x1_10 = None
            else:
                k1 += 1
                x1_10 = fast_timestamp(v)
                if x1_10 is None:
                    return None
                tc += v.count(':')
            v = d1.get('validityPeriod')
            if v is None:
                x1_11 = None
            else:
                k1 += 1
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x1_11 = v
            v = d1.get('entityId')
            if v is None:
                x1_12 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_12 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('applicationId')
            if v is None:
                x1_13 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_13 = v
                if ':' in v:
                    tc += v.count(':')
            v = d1.get('campaignReferenceId')
            if v is None:
                x1_14 = None
            else:
                k1 += 1
                if not (type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_14 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableAdvancedBinaryMessage)
            o1.binary = x1_0
            o1.callback_data = x1_1
            o1.delivery_time_window = x1_2
            o1.destinations = x1_3
            o1.flash = x1_4
            o1.sender = x1_5
            o1.intermediate_report = x1_6
            o1.notify_content_type = x1_7
            o1.notify_url = x1_8
            o1.regional = x1_9
            o1.send_at = x1_10
            o1.validity_period = x1_11
            o1.entity_id = x1_12
            o1.application_id = x1_13
            o1.campaign_reference_id = x1_14
            o1.__class__ = AdvancedBinaryMessage
            append0(o1)
        x0_1 = tuple(x0_1)
        d1 = d0.get('sendingSpeedLimit')
        if d1 is None:
            x0_2 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                return None
            k1 = 1
            v = d1['amount']
            if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                return None
            x1_0 = v
            v = d1.get('timeUnit')
            if v is None:
                x1_1 = None
            else:
                k1 += 1
                if not (type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE'))):
                    return None
                x1_1 = v
                if ':' in v:
                    tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableSmsSpeedLimit)
            o1.amount = x1_0
            o1.time_unit = x1_1
            o1.__class__ = SmsSpeedLimit
            x0_2 = o1
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableBinaryAdvancedRequest)
        o0.bulk_id = x0_0
        o0.messages = x0_1
        o0.sending_speed_limit = x0_2
        o0.__class__ = BinaryAdvancedRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_preview_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The PreviewRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 1
        v = d0['text']
        if not (type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x0_0 = v
        if ':' in v:
            tc += v.count(':')
        v = d0.get('languageCode')
        if v is None:
            x0_1 = None
        else:
            k0 += 1
            if not (type(v) is str and (v in ('AUTODETECT', 'ES', 'PT', 'TR'))):
                return None
            x0_1 = v
            if ':' in v:
                tc += v.count(':')
        v = d0.get('transliteration')
        if v is None:
            x0_2 = None
        else:
            k0 += 1
            if not (type(v) is str and (v in ('ALL', 'BALTIC', 'BULGARIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'COLOMBIAN', 'CYRILLIC', 'GREEK', 'NONE', 'NON_UNICODE', 'PORTUGUESE', 'SERBIAN_CYRILLIC', 'TURKISH'))):
                return None
            x0_2 = v
            if ':' in v:
                tc += v.count(':')
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutablePreviewRequest)
        o0.text = x0_0
        o0.language_code = x0_1
        o0.transliteration = x0_2
        o0.__class__ = PreviewRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_preview_response(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The PreviewResponse of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x2_0: Any
    x2_1: Any
    x3_0: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('originalText')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('previews')
        if v is None:
            x0_1 = None
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_1 = []
            append0 = x0_1.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('textPreview')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1.get('messageCount')
                if v is None:
                    x1_1 = None
                else:
                    if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                        return None
                    x1_1 = v
                v = d1.get('charactersRemaining')
                if v is None:
                    x1_2 = None
                else:
                    if not (type(v) is int and (-2147483648 <= v <= 2147483647)):
                        return None
                    x1_2 = v
                d2 = d1.get('configuration')
                if d2 is None:
                    x1_3 = None
                else:
                    if type(d2) is not dict:
                        return None
                    d3 = d2.get('language')
                    if d3 is None:
                        x2_0 = None
                    else:
                        if type(d3) is not dict:
                            return None
                        v = d3.get('languageCode')
                        if v is None:
                            x3_0 = None
                        else:
                            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                                return None
                            x3_0 = v
                        o3 = new(MutablePreviewLanguage)
                        o3.language_code = x3_0
                        o3.__class__ = PreviewLanguage
                        x2_0 = o3
                    v = d2.get('transliteration')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePreviewConfiguration)
                    o2.language = x2_0
                    o2.transliteration = x2_1
                    o2.__class__ = PreviewConfiguration
                    x1_3 = o2
                o1 = new(MutablePreview)
                o1.text_preview = x1_0
                o1.message_count = x1_1
                o1.characters_remaining = x1_2
                o1.configuration = x1_3
                o1.__class__ = Preview
                append0(o1)
            x0_1 = tuple(x0_1)
        o0 = new(MutablePreviewResponse)
        o0.original_text = x0_0
        o0.previews = x0_1
        o0.__class__ = PreviewResponse
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_delivery_reports(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The DeliveryReports of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('results')
        if v is None:
            x0_0 = ()
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_0 = []
            append0 = x0_0.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('bulkId')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1['messageId']
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
                v = d1.get('to')
                if v is None:
                    x1_2 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_2 = v
                v = d1.get('from')
                if v is None:
                    x1_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_3 = v
                v = d1.get('sentAt')
                if v is None:
                    x1_4 = None
                else:
                    x1_4 = fast_timestamp(v)
                    if x1_4 is None:
                        return None
                v = d1.get('doneAt')
                if v is None:
                    x1_5 = None
                else:
                    x1_5 = fast_timestamp(v)
                    if x1_5 is None:
                        return None
                v = d1.get('smsCount')
                if v is None:
                    x1_6 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x1_6 = v
                v = d1.get('mccMnc')
                if v is None:
                    x1_7 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_7 = v
                v = d1.get('callbackData')
                if v is None:
                    x1_8 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_8 = v
                d2 = d1.get('price')
                if d2 is None:
                    x1_9 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('pricePerMessage')
                    if v is None:
                        x2_0 = None
                    else:
                        x2_0 = fast_decimal(v)
                        if x2_0 is None:
                            return None
                    v = d2.get('currency')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePrice)
                    o2.price_per_message = x2_0
                    o2.currency = x2_1
                    o2.__class__ = Price
                    x1_9 = o2
                d2 = d1['status']
                if type(d2) is not dict:
                    return None
                v = d2['groupId']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_0 = v
                v = d2.get('groupName')
                if v is None:
                    x2_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                v = d2['id']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_2 = v
                v = d2.get('name')
                if v is None:
                    x2_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_3 = v
                v = d2.get('description')
                if v is None:
                    x2_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_4 = v
                v = d2.get('action')
                if v is None:
                    x2_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_5 = v
                o2 = new(MutableStatus)
                o2.group_id = x2_0
                o2.group_name = x2_1
                o2.id = x2_2
                o2.name = x2_3
                o2.description = x2_4
                o2.action = x2_5
                o2.__class__ = Status
                x1_10 = o2
                d2 = d1.get('error')
                if d2 is None:
                    x1_11 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2['groupId']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_0 = v
                    v = d2.get('groupName')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    v = d2['id']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_2 = v
                    v = d2.get('name')
                    if v is None:
                        x2_3 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_3 = v
                    v = d2.get('description')
                    if v is None:
                        x2_4 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_4 = v
                    v = d2.get('permanent')
                    if v is None:
                        x2_5 = None
                    else:
                        if not (type(v) is bool and (True)):
                            return None
                        x2_5 = v
                    o2 = new(MutableMessageError)
                    o2.group_id = x2_0
                    o2.group_name = x2_1
                    o2.id = x2_2
                    o2.name = x2_3
                    o2.description = x2_4
                    o2.permanent = x2_5
                    o2.__class__ = MessageError
                    x1_11 = o2
                v = d1.get('entityId')
                if v is None:
                    x1_12 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_12 = v
                v = d1.get('applicationId')
                if v is None:
                    x1_13 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_13 = v
                v = d1.get('campaignReferenceId')
                if v is None:
                    x1_14 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_14 = v
                o1 = new(MutableDeliveryReport)
                o1.bulk_id = x1_0
                o1.message_id = x1_1
                o1.to = x1_2
                o1.sender = x1_3
                o1.sent_at = x1_4
                o1.done_at = x1_5
                o1.sms_count = x1_6
                o1.mcc_mnc = x1_7
                o1.callback_data = x1_8
                o1.price = x1_9
                o1.status = x1_10
                o1.error = x1_11
                o1.entity_id = x1_12
                o1.application_id = x1_13
                o1.campaign_reference_id = x1_14
                o1.__class__ = DeliveryReport
                append0(o1)
            x0_0 = tuple(x0_0)
        o0 = new(MutableDeliveryReports)
        o0.results = x0_0
        o0.__class__ = DeliveryReports
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_v3_delivery_reports(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The DeliveryReportsV3 of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('results')
        if v is None:
            x0_0 = ()
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_0 = []
            append0 = x0_0.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('bulkId')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                d2 = d1.get('price')
                if d2 is None:
                    x1_1 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('pricePerMessage')
                    if v is None:
                        x2_0 = None
                    else:
                        x2_0 = fast_decimal(v)
                        if x2_0 is None:
                            return None
                    v = d2.get('currency')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePrice)
                    o2.price_per_message = x2_0
                    o2.currency = x2_1
                    o2.__class__ = Price
                    x1_1 = o2
                d2 = d1['status']
                if type(d2) is not dict:
                    return None
                v = d2['groupId']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_0 = v
                v = d2.get('groupName')
                if v is None:
                    x2_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                v = d2['id']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_2 = v
                v = d2.get('name')
                if v is None:
                    x2_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_3 = v
                v = d2.get('description')
                if v is None:
                    x2_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_4 = v
                v = d2.get('action')
                if v is None:
                    x2_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_5 = v
                o2 = new(MutableStatus)
                o2.group_id = x2_0
                o2.group_name = x2_1
                o2.id = x2_2
                o2.name = x2_3
                o2.description = x2_4
                o2.action = x2_5
                o2.__class__ = Status
                x1_2 = o2
                d2 = d1.get('error')
                if d2 is None:
                    x1_3 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2['groupId']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_0 = v
                    v = d2.get('groupName')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    v = d2['id']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_2 = v
                    v = d2.get('name')
                    if v is None:
                        x2_3 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_3 = v
                    v = d2.get('description')
                    if v is None:
                        x2_4 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_4 = v
                    v = d2.get('permanent')
                    if v is None:
                        x2_5 = None
                    else:
                        if not (type(v) is bool and (True)):
                            return None
                        x2_5 = v
                    o2 = new(MutableMessageError)
                    o2.group_id = x2_0
                    o2.group_name = x2_1
                    o2.id = x2_2
                    o2.name = x2_3
                    o2.description = x2_4
                    o2.permanent = x2_5
                    o2.__class__ = MessageError
                    x1_3 = o2
                v = d1['messageId']
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_4 = v
                v = d1.get('to')
                if v is None:
                    x1_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_5 = v
                v = d1.get('sender')
                if v is None:
                    x1_6 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_6 = v
                v = d1.get('sentAt')
                if v is None:
                    x1_7 = None
                else:
                    x1_7 = fast_timestamp(v)
                    if x1_7 is None:
                        return None
                v = d1.get('doneAt')
                if v is None:
                    x1_8 = None
                else:
                    x1_8 = fast_timestamp(v)
                    if x1_8 is None:
                        return None
                v = d1.get('messageCount')
                if v is None:
                    x1_9 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x1_9 = v
                v = d1.get('mccMnc')
                if v is None:
                    x1_10 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_10 = v
                v = d1.get('callbackData')
                if v is None:
                    x1_11 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_11 = v
                d2 = d1.get('platform')
                if d2 is None:
                    x1_12 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('entityId')
                    if v is None:
                        x2_0 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_0 = v
                    v = d2.get('applicationId')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutableMessagePlatform)
                    o2.entity_id = x2_0
                    o2.application_id = x2_1
                    o2.__class__ = MessagePlatform
                    x1_12 = o2
                v = d1.get('campaignReferenceId')
                if v is None:
                    x1_13 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_13 = v
                o1 = new(MutableDeliveryReportV3)
                o1.bulk_id = x1_0
                o1.price = x1_1
                o1.status = x1_2
                o1.error = x1_3
                o1.message_id = x1_4
                o1.to = x1_5
                o1.sender = x1_6
                o1.sent_at = x1_7
                o1.done_at = x1_8
                o1.message_count = x1_9
                o1.mcc_mnc = x1_10
                o1.callback_data = x1_11
                o1.platform = x1_12
                o1.campaign_reference_id = x1_13
                o1.__class__ = DeliveryReportV3
                append0(o1)
            x0_0 = tuple(x0_0)
        o0 = new(MutableDeliveryReportsV3)
        o0.results = x0_0
        o0.__class__ = DeliveryReportsV3
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_message_logs(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The MessageLogs of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('results')
        if v is None:
            x0_0 = ()
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_0 = []
            append0 = x0_0.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('bulkId')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1['messageId']
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
                v = d1.get('to')
                if v is None:
                    x1_2 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_2 = v
                v = d1.get('from')
                if v is None:
                    x1_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_3 = v
                v = d1.get('text')
                if v is None:
                    x1_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_4 = v
                v = d1.get('sentAt')
                if v is None:
                    x1_5 = None
                else:
                    x1_5 = fast_timestamp(v)
                    if x1_5 is None:
                        return None
                v = d1.get('doneAt')
                if v is None:
                    x1_6 = None
                else:
                    x1_6 = fast_timestamp(v)
                    if x1_6 is None:
                        return None
                v = d1.get('smsCount')
                if v is None:
                    x1_7 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x1_7 = v
                v = d1.get('mccMnc')
                if v is None:
                    x1_8 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_8 = v
                d2 = d1.get('price')
                if d2 is None:
                    x1_9 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('pricePerMessage')
                    if v is None:
                        x2_0 = None
                    else:
                        x2_0 = fast_decimal(v)
                        if x2_0 is None:
                            return None
                    v = d2.get('currency')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePrice)
                    o2.price_per_message = x2_0
                    o2.currency = x2_1
                    o2.__class__ = Price
                    x1_9 = o2
                d2 = d1['status']
                if type(d2) is not dict:
                    return None
                v = d2['groupId']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_0 = v
                v = d2.get('groupName')
                if v is None:
                    x2_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                v = d2['id']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_2 = v
                v = d2.get('name')
                if v is None:
                    x2_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_3 = v
                v = d2.get('description')
                if v is None:
                    x2_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_4 = v
                v = d2.get('action')
                if v is None:
                    x2_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_5 = v
                o2 = new(MutableStatus)
                o2.group_id = x2_0
                o2.group_name = x2_1
                o2.id = x2_2
                o2.name = x2_3
                o2.description = x2_4
                o2.action = x2_5
                o2.__class__ = Status
                x1_10 = o2
                d2 = d1.get('error')
                if d2 is None:
                    x1_11 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2['groupId']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_0 = v
                    v = d2.get('groupName')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    v = d2['id']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_2 = v
                    v = d2.get('name')
                    if v is None:
                        x2_3 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_3 = v
                    v = d2.get('description')
                    if v is None:
                        x2_4 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_4 = v
                    v = d2.get('permanent')
                    if v is None:
                        x2_5 = None
                    else:
                        if not (type(v) is bool and (True)):
                            return None
                        x2_5 = v
                    o2 = new(MutableMessageError)
                    o2.group_id = x2_0
                    o2.group_name = x2_1
                    o2.id = x2_2
                    o2.name = x2_3
                    o2.description = x2_4
                    o2.permanent = x2_5
                    o2.__class__ = MessageError
                    x1_11 = o2
                v = d1.get('applicationId')
                if v is None:
                    x1_12 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_12 = v
                v = d1.get('entityId')
                if v is None:
                    x1_13 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_13 = v
                v = d1.get('campaignReferenceId')
                if v is None:
                    x1_14 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_14 = v
                o1 = new(MutableMessageLog)
                o1.bulk_id = x1_0
                o1.message_id = x1_1
                o1.to = x1_2
                o1.sender = x1_3
                o1.text = x1_4
                o1.sent_at = x1_5
                o1.done_at = x1_6
                o1.sms_count = x1_7
                o1.mcc_mnc = x1_8
                o1.price = x1_9
                o1.status = x1_10
                o1.error = x1_11
                o1.application_id = x1_12
                o1.entity_id = x1_13
                o1.campaign_reference_id = x1_14
                o1.__class__ = MessageLog
                append0(o1)
            x0_0 = tuple(x0_0)
        o0 = new(MutableMessageLogs)
        o0.results = x0_0
        o0.__class__ = MessageLogs
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_v3_message_logs(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The MessageLogsV3 of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('results')
        if v is None:
            x0_0 = ()
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_0 = []
            append0 = x0_0.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1.get('sender')
                if v is None:
                    x1_0 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_0 = v
                v = d1.get('destination')
                if v is None:
                    x1_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_1 = v
                v = d1.get('bulkId')
                if v is None:
                    x1_2 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_2 = v
                v = d1['messageId']
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_3 = v
                v = d1.get('sentAt')
                if v is None:
                    x1_4 = None
                else:
                    x1_4 = fast_timestamp(v)
                    if x1_4 is None:
                        return None
                v = d1.get('doneAt')
                if v is None:
                    x1_5 = None
                else:
                    x1_5 = fast_timestamp(v)
                    if x1_5 is None:
                        return None
                v = d1.get('messageCount')
                if v is None:
                    x1_6 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x1_6 = v
                d2 = d1.get('price')
                if d2 is None:
                    x1_7 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('pricePerMessage')
                    if v is None:
                        x2_0 = None
                    else:
                        x2_0 = fast_decimal(v)
                        if x2_0 is None:
                            return None
                    v = d2.get('currency')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePrice)
                    o2.price_per_message = x2_0
                    o2.currency = x2_1
                    o2.__class__ = Price
                    x1_7 = o2
                d2 = d1['status']
                if type(d2) is not dict:
                    return None
                v = d2['groupId']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_0 = v
                v = d2.get('groupName')
                if v is None:
                    x2_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_1 = v
                v = d2['id']
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x2_2 = v
                v = d2.get('name')
                if v is None:
                    x2_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_3 = v
                v = d2.get('description')
                if v is None:
                    x2_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_4 = v
                v = d2.get('action')
                if v is None:
                    x2_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x2_5 = v
                o2 = new(MutableStatus)
                o2.group_id = x2_0
                o2.group_name = x2_1
                o2.id = x2_2
                o2.name = x2_3
                o2.description = x2_4
                o2.action = x2_5
                o2.__class__ = Status
                x1_8 = o2
                d2 = d1.get('error')
                if d2 is None:
                    x1_9 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2['groupId']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_0 = v
                    v = d2.get('groupName')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    v = d2['id']
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x2_2 = v
                    v = d2.get('name')
                    if v is None:
                        x2_3 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_3 = v
                    v = d2.get('description')
                    if v is None:
                        x2_4 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_4 = v
                    v = d2.get('permanent')
                    if v is None:
                        x2_5 = None
                    else:
                        if not (type(v) is bool and (True)):
                            return None
                        x2_5 = v
                    o2 = new(MutableMessageError)
                    o2.group_id = x2_0
                    o2.group_name = x2_1
                    o2.id = x2_2
                    o2.name = x2_3
                    o2.description = x2_4
                    o2.permanent = x2_5
                    o2.__class__ = MessageError
                    x1_9 = o2
                d2 = d1.get('platform')
                if d2 is None:
                    x1_10 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('entityId')
                    if v is None:
                        x2_0 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_0 = v
                    v = d2.get('applicationId')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutableMessagePlatform)
                    o2.entity_id = x2_0
                    o2.application_id = x2_1
                    o2.__class__ = MessagePlatform
                    x1_10 = o2
                d2 = d1.get('content')
                if d2 is None:
                    x1_11 = None
                else:
                    if type(d2) is not dict:
                        return None
                    if ('text' in d2) and 'hex' not in d2:
                        if type(d2) is not dict:
                            return None
                        v = d2['text']
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_0 = v
                        v = d2.get('transliteration')
                        if v is None:
                            x2_1 = None
                        else:
                            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                                return None
                            x2_1 = v
                        d3 = d2.get('language')
                        if d3 is None:
                            x2_2 = None
                        else:
                            if type(d3) is not dict:
                                return None
                            v = d3.get('languageCode')
                            if v is None:
                                x3_0 = None
                            else:
                                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                                    return None
                                x3_0 = v
                            v = d3.get('singleShift')
                            if v is None:
                                x3_1 = None
                            else:
                                if not (type(v) is bool and (True)):
                                    return None
                                x3_1 = v
                            v = d3.get('lockingShift')
                            if v is None:
                                x3_2 = None
                            else:
                                if not (type(v) is bool and (True)):
                                    return None
                                x3_2 = v
                            o3 = new(MutableLogLanguage)
                            o3.language_code = x3_0
                            o3.single_shift = x3_1
                            o3.locking_shift = x3_2
                            o3.__class__ = LogLanguage
                            x2_2 = o3
                        o2 = new(MutableLogTextContent)
                        o2.text = x2_0
                        o2.transliteration = x2_1
                        o2.language = x2_2
                        o2.__class__ = LogTextContent
                    elif ('hex' in d2) and 'text' not in d2:
                        if type(d2) is not dict:
                            return None
                        v = d2['hex']
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_0 = v
                        v = d2.get('dataCoding')
                        if v is None:
                            x2_1 = None
                        else:
                            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                                return None
                            x2_1 = v
                        v = d2.get('esmClass')
                        if v is None:
                            x2_2 = None
                        else:
                            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                                return None
                            x2_2 = v
                        o2 = new(MutableLogBinaryContent)
                        o2.hex = x2_0
                        o2.data_coding = x2_1
                        o2.esm_class = x2_2
                        o2.__class__ = LogBinaryContent
                    else:
                        return None
                    x1_11 = o2
                v = d1.get('campaignReferenceId')
                if v is None:
                    x1_12 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_12 = v
                v = d1.get('mccMnc')
                if v is None:
                    x1_13 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_13 = v
                o1 = new(MutableMessageLogV3)
                o1.sender = x1_0
                o1.destination = x1_1
                o1.bulk_id = x1_2
                o1.message_id = x1_3
                o1.sent_at = x1_4
                o1.done_at = x1_5
                o1.message_count = x1_6
                o1.price = x1_7
                o1.status = x1_8
                o1.error = x1_9
                o1.platform = x1_10
                o1.content = x1_11
                o1.campaign_reference_id = x1_12
                o1.mcc_mnc = x1_13
                o1.__class__ = MessageLogV3
                append0(o1)
            x0_0 = tuple(x0_0)
        d1 = d0.get('cursor')
        if d1 is None:
            x0_1 = None
        else:
            if type(d1) is not dict:
                return None
            v = d1.get('limit')
            if v is None:
                x1_0 = None
            else:
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x1_0 = v
            v = d1.get('nextCursor')
            if v is None:
                x1_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
            o1 = new(MutableCursorPage)
            o1.limit = x1_0
            o1.next_cursor = x1_1
            o1.__class__ = CursorPage
            x0_1 = o1
        o0 = new(MutableMessageLogsV3)
        o0.results = x0_0
        o0.cursor = x0_1
        o0.__class__ = MessageLogsV3
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_inbound_messages(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The InboundMessages of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x2_0: Any
    x2_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('results')
        if v is None:
            x0_0 = ()
        else:
            if type(v) is not list or not 0 <= len(v) <= L.max_messages:
                return None
            x0_0 = []
            append0 = x0_0.append
            for d1 in v:
                if type(d1) is not dict:
                    return None
                v = d1['messageId']
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
                v = d1.get('from')
                if v is None:
                    x1_1 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_1 = v
                v = d1.get('to')
                if v is None:
                    x1_2 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_2 = v
                v = d1.get('text')
                if v is None:
                    x1_3 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_3 = v
                v = d1.get('cleanText')
                if v is None:
                    x1_4 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_4 = v
                v = d1.get('keyword')
                if v is None:
                    x1_5 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_5 = v
                v = d1.get('receivedAt')
                if v is None:
                    x1_6 = None
                else:
                    x1_6 = fast_timestamp(v)
                    if x1_6 is None:
                        return None
                v = d1.get('smsCount')
                if v is None:
                    x1_7 = None
                else:
                    if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                        return None
                    x1_7 = v
                d2 = d1.get('price')
                if d2 is None:
                    x1_8 = None
                else:
                    if type(d2) is not dict:
                        return None
                    v = d2.get('pricePerMessage')
                    if v is None:
                        x2_0 = None
                    else:
                        x2_0 = fast_decimal(v)
                        if x2_0 is None:
                            return None
                    v = d2.get('currency')
                    if v is None:
                        x2_1 = None
                    else:
                        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                            return None
                        x2_1 = v
                    o2 = new(MutablePrice)
                    o2.price_per_message = x2_0
                    o2.currency = x2_1
                    o2.__class__ = Price
                    x1_8 = o2
                v = d1.get('callbackData')
                if v is None:
                    x1_9 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_9 = v
                v = d1.get('applicationId')
                if v is None:
                    x1_10 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_10 = v
                v = d1.get('entityId')
                if v is None:
                    x1_11 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_11 = v
                v = d1.get('campaignReferenceId')
                if v is None:
                    x1_12 = None
                else:
                    if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                        return None
                    x1_12 = v
                o1 = new(MutableInboundMessage)
                o1.message_id = x1_0
                o1.sender = x1_1
                o1.to = x1_2
                o1.text = x1_3
                o1.clean_text = x1_4
                o1.keyword = x1_5
                o1.received_at = x1_6
                o1.sms_count = x1_7
                o1.price = x1_8
                o1.callback_data = x1_9
                o1.application_id = x1_10
                o1.entity_id = x1_11
                o1.campaign_reference_id = x1_12
                o1.__class__ = InboundMessage
                append0(o1)
            x0_0 = tuple(x0_0)
        v = d0.get('messageCount')
        if v is None:
            x0_1 = None
        else:
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x0_1 = v
        v = d0.get('pendingMessageCount')
        if v is None:
            x0_2 = None
        else:
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x0_2 = v
        o0 = new(MutableInboundMessages)
        o0.results = x0_0
        o0.message_count = x0_1
        o0.pending_message_count = x0_2
        o0.__class__ = InboundMessages
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_tracking_notification(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TrackingNotification of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x0_3: Any
    x0_4: Any
    x0_5: Any
    x0_6: Any
    x0_7: Any
    x0_8: Any
    x0_9: Any
    x0_10: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('notificationType')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('recipient')
        if v is None:
            x0_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_1 = v
        v = d0.get('url')
        if v is None:
            x0_2 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_2 = v
        v = d0.get('sendDateTime')
        if v is None:
            x0_3 = None
        else:
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x0_3 = v
        v = d0['messageId']
        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x0_4 = v
        v = d0.get('bulkId')
        if v is None:
            x0_5 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_5 = v
        v = d0.get('callbackData')
        if v is None:
            x0_6 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_6 = v
        d1 = d0.get('recipientInfo')
        if d1 is None:
            x0_7 = None
        else:
            if type(d1) is not dict:
                return None
            v = d1.get('deviceType')
            if v is None:
                x1_0 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
            v = d1.get('os')
            if v is None:
                x1_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
            v = d1.get('deviceName')
            if v is None:
                x1_2 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_2 = v
            o1 = new(MutableRecipientInfo)
            o1.device_type = x1_0
            o1.os = x1_1
            o1.device_name = x1_2
            o1.__class__ = RecipientInfo
            x0_7 = o1
        d1 = d0.get('geoLocationInfo')
        if d1 is None:
            x0_8 = None
        else:
            if type(d1) is not dict:
                return None
            v = d1.get('countryName')
            if v is None:
                x1_0 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
            v = d1.get('city')
            if v is None:
                x1_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_1 = v
            o1 = new(MutableGeoLocation)
            o1.country_name = x1_0
            o1.city = x1_1
            o1.__class__ = GeoLocation
            x0_8 = o1
        v = d0.get('applicationId')
        if v is None:
            x0_9 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_9 = v
        v = d0.get('entityId')
        if v is None:
            x0_10 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_10 = v
        o0 = new(MutableTrackingNotification)
        o0.notification_type = x0_0
        o0.recipient = x0_1
        o0.url = x0_2
        o0.send_date_time = x0_3
        o0.message_id = x0_4
        o0.bulk_id = x0_5
        o0.callback_data = x0_6
        o0.recipient_info = x0_7
        o0.geo_location_info = x0_8
        o0.application_id = x0_9
        o0.entity_id = x0_10
        o0.__class__ = TrackingNotification
    except KeyError:  # a required member is missing
        return None
    return o0


def check_text_multi_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The TextMultiRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict or not FOREIGN_TEXT_MULTI_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_TEXT_MULTI_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_MULTI_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_0 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict or not FOREIGN_TEXT_MESSAGE.isdisjoint(d1):
                        seen += colons(d1)
                        o1 = walk_object(BODY_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_0 = v
                            else:
                                seen += colons(v)
                                x1_0 = RULE_TEXT_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_0 is INVALID:
                                    b1 = True
                        v = d1.get('to', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_TEXT_MESSAGE_TO)
                            b1 = True
                        else:
                            k1 += 1
                            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                            if ok:
                                for e in v:
                                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                                        ok = False
                                        break
                            if ok:
                                x1_1 = tuple(v)
                            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                x1_1 = (v,)
                            else:
                                seen += colons(v)
                                x1_1 = RULE_TEXT_MESSAGE_TO(v, R, ((None, 'messages'), i0), 'to')
                                if x1_1 is INVALID:
                                    b1 = True
                        v = d1.get('text', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_TEXT_MESSAGE_TEXT)
                            b1 = True
                        else:
                            k1 += 1
                            if type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v)):
                                x1_2 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_2 = RULE_TEXT_MESSAGE_TEXT(v, R, ((None, 'messages'), i0), 'text')
                                if x1_2 is INVALID:
                                    b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_TEXT_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableTextMessage)
                            o1.sender = x1_0
                            o1.to = x1_1
                            o1.text = x1_2
                            o1.__class__ = TextMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_0.append(o1)
                x0_0 = tuple(x0_0)
            else:
                seen += colons(v)
                x0_0 = RULE_TEXT_MULTI_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_TEXT_MULTI_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_TEXT_MULTI_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableTextMultiRequest)
            o0.messages = x0_0
            o0.__class__ = TextMultiRequest
    return o0, seen


def check_binary_multi_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BinaryMultiRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    seen = 0
    if type(d0) is not dict or not FOREIGN_BINARY_MULTI_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_BINARY_MULTI_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BINARY_MULTI_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_0 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict or not FOREIGN_BINARY_MESSAGE.isdisjoint(d1):
                        seen += colons(d1)
                        o1 = walk_object(BODY_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_0 = v
                            else:
                                seen += colons(v)
                                x1_0 = RULE_BINARY_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_0 is INVALID:
                                    b1 = True
                        v = d1.get('to', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_BINARY_MESSAGE_TO)
                            b1 = True
                        else:
                            k1 += 1
                            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                            if ok:
                                for e in v:
                                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                                        ok = False
                                        break
                            if ok:
                                x1_1 = tuple(v)
                            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                x1_1 = (v,)
                            else:
                                seen += colons(v)
                                x1_1 = RULE_BINARY_MESSAGE_TO(v, R, ((None, 'messages'), i0), 'to')
                                if x1_1 is INVALID:
                                    b1 = True
                        d2 = d1.get('binary', MISSING)
                        if d2 is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_BINARY_MESSAGE_BINARY)
                            b1 = True
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('hex', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'messages'), i0), 'binary'), FIELD_BINARY_CONTENT_HEX)
                                    b2 = True
                                else:
                                    k2 += 1
                                    x2_0 = parse_hex(v) if type(v) is str and (len(v) < 3 * L.max_payload_octets) else None
                                    if x2_0 is None:
                                        seen += colons(v)
                                        x2_0 = RULE_BINARY_CONTENT_HEX(v, R, (((None, 'messages'), i0), 'binary'), 'hex')
                                        if x2_0 is INVALID:
                                            b2 = True
                                v = d2.get('dataCoding', MISSING)
                                if v is MISSING:
                                    x2_1 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_1 = v
                                    else:
                                        seen += colons(v)
                                        x2_1 = RULE_BINARY_CONTENT_DATA_CODING(v, R, (((None, 'messages'), i0), 'binary'), 'dataCoding')
                                        if x2_1 is INVALID:
                                            b2 = True
                                v = d2.get('esmClass', MISSING)
                                if v is MISSING:
                                    x2_2 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_2 = v
                                    else:
                                        seen += colons(v)
                                        x2_2 = RULE_BINARY_CONTENT_ESM_CLASS(v, R, (((None, 'messages'), i0), 'binary'), 'esmClass')
                                        if x2_2 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_BINARY_CONTENT)
                                if b2 or (not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)) and not CHECK_BINARY_CONTENT({'hex': x2_0, 'data_coding': x2_1, 'esm_class': x2_2}, R, (((None, 'messages'), i0), 'binary'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableBinaryContent)
                                    o2.hex = x2_0
                                    o2.data_coding = x2_1
                                    o2.esm_class = x2_2
                                    o2.__class__ = BinaryContent
                            x1_2 = o2
                            if x1_2 is INVALID:
                                b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_BINARY_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableBinaryMessage)
                            o1.sender = x1_0
                            o1.to = x1_1
                            o1.binary = x1_2
                            o1.__class__ = BinaryMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_0.append(o1)
                x0_0 = tuple(x0_0)
            else:
                seen += colons(v)
                x0_0 = RULE_BINARY_MULTI_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BINARY_MULTI_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BINARY_MULTI_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBinaryMultiRequest)
            o0.messages = x0_0
            o0.__class__ = BinaryMultiRequest
    return o0, seen


def check_text_single_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The TextSingleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict or not FOREIGN_TEXT_SINGLE_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_TEXT_SINGLE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('from', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                x0_0 = v
            else:
                seen += colons(v)
                x0_0 = RULE_TEXT_SINGLE_REQUEST_SENDER(v, R, None, 'from')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('to', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_SINGLE_REQUEST_TO)
            b0 = True
        else:
            k0 += 1
            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
            if ok:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        ok = False
                        break
            if ok:
                x0_1 = tuple(v)
            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                x0_1 = (v,)
            else:
                seen += colons(v)
                x0_1 = RULE_TEXT_SINGLE_REQUEST_TO(v, R, None, 'to')
                if x0_1 is INVALID:
                    b0 = True
        v = d0.get('text', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_SINGLE_REQUEST_TEXT)
            b0 = True
        else:
            k0 += 1
            if type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v)):
                x0_2 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_2 = RULE_TEXT_SINGLE_REQUEST_TEXT(v, R, None, 'text')
                if x0_2 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_TEXT_SINGLE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_TEXT_SINGLE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableTextSingleRequest)
            o0.sender = x0_0
            o0.to = x0_1
            o0.text = x0_2
            o0.__class__ = TextSingleRequest
    return o0, seen


def check_binary_single_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BinarySingleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    seen = 0
    if type(d0) is not dict or not FOREIGN_BINARY_SINGLE_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_BINARY_SINGLE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('from', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                x0_0 = v
            else:
                seen += colons(v)
                x0_0 = RULE_BINARY_SINGLE_REQUEST_SENDER(v, R, None, 'from')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('to', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BINARY_SINGLE_REQUEST_TO)
            b0 = True
        else:
            k0 += 1
            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
            if ok:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        ok = False
                        break
            if ok:
                x0_1 = tuple(v)
            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                x0_1 = (v,)
            else:
                seen += colons(v)
                x0_1 = RULE_BINARY_SINGLE_REQUEST_TO(v, R, None, 'to')
                if x0_1 is INVALID:
                    b0 = True
        d1 = d0.get('binary', MISSING)
        if d1 is MISSING:
            missing(R, None, FIELD_BINARY_SINGLE_REQUEST_BINARY)
            b0 = True
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_BINARY_CONTENT, d1, R, (None, 'binary'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('hex', MISSING)
                if v is MISSING:
                    missing(R, (None, 'binary'), FIELD_BINARY_CONTENT_HEX)
                    b1 = True
                else:
                    k1 += 1
                    x1_0 = parse_hex(v) if type(v) is str and (len(v) < 3 * L.max_payload_octets) else None
                    if x1_0 is None:
                        seen += colons(v)
                        x1_0 = RULE_BINARY_CONTENT_HEX(v, R, (None, 'binary'), 'hex')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('dataCoding', MISSING)
                if v is MISSING:
                    x1_1 = 0
                else:
                    k1 += 1
                    if type(v) is int and (0 <= v <= 255):
                        x1_1 = v
                    else:
                        seen += colons(v)
                        x1_1 = RULE_BINARY_CONTENT_DATA_CODING(v, R, (None, 'binary'), 'dataCoding')
                        if x1_1 is INVALID:
                            b1 = True
                v = d1.get('esmClass', MISSING)
                if v is MISSING:
                    x1_2 = 0
                else:
                    k1 += 1
                    if type(v) is int and (0 <= v <= 255):
                        x1_2 = v
                    else:
                        seen += colons(v)
                        x1_2 = RULE_BINARY_CONTENT_ESM_CLASS(v, R, (None, 'binary'), 'esmClass')
                        if x1_2 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_BINARY_CONTENT, d1, R, (None, 'binary'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_BINARY_CONTENT)
                if b1 or (not (udh_fits(x1_0, x1_1, x1_2) if x1_2 & 64 else 0 < len(x1_0) <= 34170 and (x1_0.isascii() if x1_1 in (0, 1) else x1_1 != 8 or not len(x1_0) % 2)) and not CHECK_BINARY_CONTENT({'hex': x1_0, 'data_coding': x1_1, 'esm_class': x1_2}, R, (None, 'binary'))):
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableBinaryContent)
                    o1.hex = x1_0
                    o1.data_coding = x1_1
                    o1.esm_class = x1_2
                    o1.__class__ = BinaryContent
            x0_2 = o1
            if x0_2 is INVALID:
                b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BINARY_SINGLE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BINARY_SINGLE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBinarySingleRequest)
            o0.sender = x0_0
            o0.to = x0_1
            o0.binary = x0_2
            o0.__class__ = BinarySingleRequest
    return o0, seen


def check_bulk_reschedule_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BulkRescheduleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BULK_RESCHEDULE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('sendAt', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BULK_RESCHEDULE_REQUEST_SEND_AT)
            b0 = True
        else:
            k0 += 1
            x0_0 = fast_timestamp(v)
            if x0_0 is None:
                seen += colons(v)
                x0_0 = RULE_BULK_RESCHEDULE_REQUEST_SEND_AT(v, R, None, 'sendAt')
                if x0_0 is INVALID:
                    b0 = True
            else:
                seen += v.count(':')
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BULK_RESCHEDULE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BULK_RESCHEDULE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBulkRescheduleRequest)
            o0.send_at = x0_0
            o0.__class__ = BulkRescheduleRequest
    return o0, seen


def check_bulk_status_update_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BulkStatusUpdateRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BULK_STATUS_UPDATE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('status', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BULK_STATUS_UPDATE_REQUEST_STATUS)
            b0 = True
        else:
            k0 += 1
            if type(v) is str and (v in ('CANCELED', 'FAILED', 'FINISHED', 'PAUSED', 'PENDING', 'PROCESSING')):
                x0_0 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_0 = RULE_BULK_STATUS_UPDATE_REQUEST_STATUS(v, R, None, 'status')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BULK_STATUS_UPDATE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BULK_STATUS_UPDATE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBulkStatusUpdateRequest)
            o0.status = x0_0
            o0.__class__ = BulkStatusUpdateRequest
    return o0, seen


def check_v3_messages_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The MessagesRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    x4_0: Any
    x4_1: Any
    x4_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict or not FOREIGN_V3_MESSAGES_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_V3_MESSAGES_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_V3_MESSAGES_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_0 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict or not FOREIGN_SMS_MESSAGE.isdisjoint(d1):
                        seen += colons(d1)
                        o1 = walk_object(BODY_SMS_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('sender', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_0 = v
                            else:
                                seen += colons(v)
                                x1_0 = RULE_SMS_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'sender')
                                if x1_0 is INVALID:
                                    b1 = True
                        v = d1.get('destinations', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_SMS_MESSAGE_DESTINATIONS)
                            b1 = True
                        else:
                            k1 += 1
                            if type(v) is list and 1 <= len(v) <= L.max_destinations:
                                x1_1 = []
                                for i1, d2 in enumerate(v):
                                    if type(d2) is not dict:
                                        seen += colons(d2)
                                        o2 = walk_object(BODY_SMS_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                    else:
                                        b2 = False
                                        k2 = 0
                                        v = d2.get('to', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'destinations'), i1), FIELD_SMS_DESTINATION_TO)
                                            b2 = True
                                        else:
                                            k2 += 1
                                            if type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                                x2_0 = v
                                            else:
                                                seen += colons(v)
                                                x2_0 = RULE_SMS_DESTINATION_TO(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'to')
                                                if x2_0 is INVALID:
                                                    b2 = True
                                        v = d2.get('messageId', MISSING)
                                        if v is MISSING:
                                            x2_1 = None
                                        else:
                                            k2 += 1
                                            if type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v)):
                                                x2_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x2_1 = RULE_SMS_DESTINATION_MESSAGE_ID(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'messageId')
                                                if x2_1 is INVALID:
                                                    b2 = True
                                        v = d2.get('networkId', MISSING)
                                        if v is MISSING:
                                            x2_2 = None
                                        else:
                                            k2 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x2_2 = v
                                            else:
                                                seen += colons(v)
                                                x2_2 = RULE_SMS_DESTINATION_NETWORK_ID(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'networkId')
                                                if x2_2 is INVALID:
                                                    b2 = True
                                        seen += len(d2)
                                        if k2 != len(d2):
                                            unknown(BODY_SMS_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                            b2 = True
                                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_DESTINATION)
                                        if b2:
                                            o2 = INVALID
                                        elif R.issues or R.more:
                                            o2 = UNBUILT
                                        else:
                                            o2 = new(MutableSmsDestination)
                                            o2.to = x2_0
                                            o2.message_id = x2_1
                                            o2.network_id = x2_2
                                            o2.__class__ = SmsDestination
                                    if o2 is INVALID:
                                        b1 = True
                                    x1_1.append(o2)
                                x1_1 = tuple(x1_1)
                            else:
                                seen += colons(v)
                                x1_1 = RULE_SMS_MESSAGE_DESTINATIONS(v, R, ((None, 'messages'), i0), 'destinations')
                                if x1_1 is INVALID:
                                    b1 = True
                        v = d1.get('content', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_SMS_MESSAGE_CONTENT)
                            b1 = True
                        else:
                            k1 += 1
                            seen += colons(v)
                            x1_2 = RULE_SMS_MESSAGE_CONTENT(v, R, ((None, 'messages'), i0), 'content')
                            if x1_2 is INVALID:
                                b1 = True
                        d2 = d1.get('options', MISSING)
                        if d2 is MISSING:
                            x1_3 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_MESSAGE_OPTIONS, d2, R, (((None, 'messages'), i0), 'options'))
                            else:
                                b2 = False
                                k2 = 0
                                d3 = d2.get('platform', MISSING)
                                if d3 is MISSING:
                                    x2_0 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_PLATFORM, d3, R, ((((None, 'messages'), i0), 'options'), 'platform'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('entityId', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_PLATFORM_ENTITY_ID(v, R, ((((None, 'messages'), i0), 'options'), 'platform'), 'entityId')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('applicationId', MISSING)
                                        if v is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_PLATFORM_APPLICATION_ID(v, R, ((((None, 'messages'), i0), 'options'), 'platform'), 'applicationId')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_PLATFORM, d3, R, ((((None, 'messages'), i0), 'options'), 'platform'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_PLATFORM)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsPlatform)
                                            o3.entity_id = x3_0
                                            o3.application_id = x3_1
                                            o3.__class__ = SmsPlatform
                                    x2_0 = o3
                                    if x2_0 is INVALID:
                                        b2 = True
                                d3 = d2.get('validityPeriod', MISSING)
                                if d3 is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_VALIDITY_PERIOD, d3, R, ((((None, 'messages'), i0), 'options'), 'validityPeriod'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('amount', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'options'), 'validityPeriod'), FIELD_SMS_VALIDITY_PERIOD_AMOUNT)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_VALIDITY_PERIOD_AMOUNT(v, R, ((((None, 'messages'), i0), 'options'), 'validityPeriod'), 'amount')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('timeUnit', MISSING)
                                        if v is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (v in ('HOURS', 'MINUTES', 'SECONDS')):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_VALIDITY_PERIOD_TIME_UNIT(v, R, ((((None, 'messages'), i0), 'options'), 'validityPeriod'), 'timeUnit')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_VALIDITY_PERIOD, d3, R, ((((None, 'messages'), i0), 'options'), 'validityPeriod'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_VALIDITY_PERIOD)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsValidityPeriod)
                                            o3.amount = x3_0
                                            o3.time_unit = x3_1
                                            o3.__class__ = SmsValidityPeriod
                                    x2_1 = o3
                                    if x2_1 is INVALID:
                                        b2 = True
                                d3 = d2.get('deliveryTimeWindow', MISSING)
                                if d3 is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_TIME_WINDOW, d3, R, ((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('days', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), FIELD_SMS_DELIVERY_TIME_WINDOW_DAYS)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                                            if ok:
                                                for e in v:
                                                    if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                                                        ok = False
                                                        break
                                            if ok:
                                                x3_0 = tuple(v)
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_TIME_WINDOW_DAYS(v, R, ((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'days')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        d4 = d3.get('from', MISSING)
                                        if d4 is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(d4) is not dict:
                                                seen += colons(d4)
                                                o4 = walk_object(BODY_SMS_DELIVERY_TIME, d4, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'))
                                            else:
                                                b4 = False
                                                k4 = 0
                                                v = d4.get('hour', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (0 <= v <= 23):
                                                        x4_0 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'), 'hour')
                                                        if x4_0 is INVALID:
                                                            b4 = True
                                                v = d4.get('minute', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (0 <= v <= 59):
                                                        x4_1 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'), 'minute')
                                                        if x4_1 is INVALID:
                                                            b4 = True
                                                seen += len(d4)
                                                if k4 != len(d4):
                                                    unknown(BODY_SMS_DELIVERY_TIME, d4, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'from'))
                                                    b4 = True
                                                    seen += sum(k.count(':') + colons(d4[k]) for k in d4 if k not in KNOWN_SMS_DELIVERY_TIME)
                                                if b4:
                                                    o4 = INVALID
                                                elif R.issues or R.more:
                                                    o4 = UNBUILT
                                                else:
                                                    o4 = new(MutableSmsDeliveryTime)
                                                    o4.hour = x4_0
                                                    o4.minute = x4_1
                                                    o4.__class__ = SmsDeliveryTime
                                            x3_1 = o4
                                            if x3_1 is INVALID:
                                                b3 = True
                                        d4 = d3.get('to', MISSING)
                                        if d4 is MISSING:
                                            x3_2 = None
                                        else:
                                            k3 += 1
                                            if type(d4) is not dict:
                                                seen += colons(d4)
                                                o4 = walk_object(BODY_SMS_DELIVERY_TIME, d4, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'))
                                            else:
                                                b4 = False
                                                k4 = 0
                                                v = d4.get('hour', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (0 <= v <= 23):
                                                        x4_0 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'), 'hour')
                                                        if x4_0 is INVALID:
                                                            b4 = True
                                                v = d4.get('minute', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (0 <= v <= 59):
                                                        x4_1 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'), 'minute')
                                                        if x4_1 is INVALID:
                                                            b4 = True
                                                seen += len(d4)
                                                if k4 != len(d4):
                                                    unknown(BODY_SMS_DELIVERY_TIME, d4, R, (((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'), 'to'))
                                                    b4 = True
                                                    seen += sum(k.count(':') + colons(d4[k]) for k in d4 if k not in KNOWN_SMS_DELIVERY_TIME)
                                                if b4:
                                                    o4 = INVALID
                                                elif R.issues or R.more:
                                                    o4 = UNBUILT
                                                else:
                                                    o4 = new(MutableSmsDeliveryTime)
                                                    o4.hour = x4_0
                                                    o4.minute = x4_1
                                                    o4.__class__ = SmsDeliveryTime
                                            x3_2 = o4
                                            if x3_2 is INVALID:
                                                b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_TIME_WINDOW, d3, R, ((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_TIME_WINDOW)
                                        if b3 or (not (x3_1 is None and x3_2 is None or (hasattr(x3_1, 'hour') and hasattr(x3_2, 'hour') and ((x3_2.hour * 60 + x3_2.minute - x3_1.hour * 60 - x3_1.minute) % 1440 >= 60))) and not CHECK_SMS_DELIVERY_TIME_WINDOW({'days': x3_0, 'start': x3_1, 'end': x3_2}, R, ((((None, 'messages'), i0), 'options'), 'deliveryTimeWindow'))):
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryTimeWindow)
                                            o3.days = x3_0
                                            o3.start = x3_1
                                            o3.end = x3_2
                                            o3.__class__ = SmsDeliveryTimeWindow
                                    x2_2 = o3
                                    if x2_2 is INVALID:
                                        b2 = True
                                v = d2.get('campaignReferenceId', MISSING)
                                if v is MISSING:
                                    x2_3 = None
                                else:
                                    k2 += 1
                                    if type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v)):
                                        x2_3 = v
                                        if ':' in v:
                                            seen += v.count(':')
                                    else:
                                        seen += colons(v)
                                        x2_3 = RULE_SMS_MESSAGE_OPTIONS_CAMPAIGN_REFERENCE_ID(v, R, (((None, 'messages'), i0), 'options'), 'campaignReferenceId')
                                        if x2_3 is INVALID:
                                            b2 = True
                                d3 = d2.get('regional', MISSING)
                                if d3 is MISSING:
                                    x2_4 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_REGIONAL, d3, R, ((((None, 'messages'), i0), 'options'), 'regional'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        d4 = d3.get('indiaDlt', MISSING)
                                        if d4 is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(d4) is not dict:
                                                seen += colons(d4)
                                                o4 = walk_object(BODY_SMS_INDIA_DLT, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'))
                                            else:
                                                b4 = False
                                                k4 = 0
                                                v = d4.get('contentTemplateId', MISSING)
                                                if v is MISSING:
                                                    x4_0 = None
                                                else:
                                                    k4 += 1
                                                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                        x4_0 = v
                                                        if ':' in v:
                                                            seen += v.count(':')
                                                    else:
                                                        seen += colons(v)
                                                        x4_0 = RULE_SMS_INDIA_DLT_CONTENT_TEMPLATE_ID(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'), 'contentTemplateId')
                                                        if x4_0 is INVALID:
                                                            b4 = True
                                                v = d4.get('principalEntityId', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'), FIELD_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                        x4_1 = v
                                                        if ':' in v:
                                                            seen += v.count(':')
                                                    else:
                                                        seen += colons(v)
                                                        x4_1 = RULE_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'), 'principalEntityId')
                                                        if x4_1 is INVALID:
                                                            b4 = True
                                                v = d4.get('telemarketerId', MISSING)
                                                if v is MISSING:
                                                    x4_2 = None
                                                else:
                                                    k4 += 1
                                                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                        x4_2 = v
                                                        if ':' in v:
                                                            seen += v.count(':')
                                                    else:
                                                        seen += colons(v)
                                                        x4_2 = RULE_SMS_INDIA_DLT_TELEMARKETER_ID(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'), 'telemarketerId')
                                                        if x4_2 is INVALID:
                                                            b4 = True
                                                seen += len(d4)
                                                if k4 != len(d4):
                                                    unknown(BODY_SMS_INDIA_DLT, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'indiaDlt'))
                                                    b4 = True
                                                    seen += sum(k.count(':') + colons(d4[k]) for k in d4 if k not in KNOWN_SMS_INDIA_DLT)
                                                if b4:
                                                    o4 = INVALID
                                                elif R.issues or R.more:
                                                    o4 = UNBUILT
                                                else:
                                                    o4 = new(MutableSmsIndiaDlt)
                                                    o4.content_template_id = x4_0
                                                    o4.principal_entity_id = x4_1
                                                    o4.telemarketer_id = x4_2
                                                    o4.__class__ = SmsIndiaDlt
                                            x3_0 = o4
                                            if x3_0 is INVALID:
                                                b3 = True
                                        d4 = d3.get('turkeyIys', MISSING)
                                        if d4 is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(d4) is not dict:
                                                seen += colons(d4)
                                                o4 = walk_object(BODY_SMS_TURKEY_IYS, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'turkeyIys'))
                                            else:
                                                b4 = False
                                                k4 = 0
                                                v = d4.get('brandCode', MISSING)
                                                if v is MISSING:
                                                    x4_0 = None
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                        x4_0 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_0 = RULE_SMS_TURKEY_IYS_BRAND_CODE(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'turkeyIys'), 'brandCode')
                                                        if x4_0 is INVALID:
                                                            b4 = True
                                                v = d4.get('recipientType', MISSING)
                                                if v is MISSING:
                                                    missing(R, (((((None, 'messages'), i0), 'options'), 'regional'), 'turkeyIys'), FIELD_SMS_TURKEY_IYS_RECIPIENT_TYPE)
                                                    b4 = True
                                                else:
                                                    k4 += 1
                                                    if type(v) is str and (v in ('BIREYSEL', 'TACIR')):
                                                        x4_1 = v
                                                        if ':' in v:
                                                            seen += v.count(':')
                                                    else:
                                                        seen += colons(v)
                                                        x4_1 = RULE_SMS_TURKEY_IYS_RECIPIENT_TYPE(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'turkeyIys'), 'recipientType')
                                                        if x4_1 is INVALID:
                                                            b4 = True
                                                seen += len(d4)
                                                if k4 != len(d4):
                                                    unknown(BODY_SMS_TURKEY_IYS, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'turkeyIys'))
                                                    b4 = True
                                                    seen += sum(k.count(':') + colons(d4[k]) for k in d4 if k not in KNOWN_SMS_TURKEY_IYS)
                                                if b4:
                                                    o4 = INVALID
                                                elif R.issues or R.more:
                                                    o4 = UNBUILT
                                                else:
                                                    o4 = new(MutableSmsTurkeyIys)
                                                    o4.brand_code = x4_0
                                                    o4.recipient_type = x4_1
                                                    o4.__class__ = SmsTurkeyIys
                                            x3_1 = o4
                                            if x3_1 is INVALID:
                                                b3 = True
                                        d4 = d3.get('southKorea', MISSING)
                                        if d4 is MISSING:
                                            x3_2 = None
                                        else:
                                            k3 += 1
                                            if type(d4) is not dict:
                                                seen += colons(d4)
                                                o4 = walk_object(BODY_SMS_SOUTH_KOREA, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'southKorea'))
                                            else:
                                                b4 = False
                                                k4 = 0
                                                v = d4.get('title', MISSING)
                                                if v is MISSING:
                                                    x4_0 = None
                                                else:
                                                    k4 += 1
                                                    if type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v)):
                                                        x4_0 = v
                                                        if ':' in v:
                                                            seen += v.count(':')
                                                    else:
                                                        seen += colons(v)
                                                        x4_0 = RULE_SMS_SOUTH_KOREA_TITLE(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'southKorea'), 'title')
                                                        if x4_0 is INVALID:
                                                            b4 = True
                                                v = d4.get('resellerCode', MISSING)
                                                if v is MISSING:
                                                    x4_1 = None
                                                else:
                                                    k4 += 1
                                                    if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                        x4_1 = v
                                                    else:
                                                        seen += colons(v)
                                                        x4_1 = RULE_SMS_SOUTH_KOREA_RESELLER_CODE(v, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'southKorea'), 'resellerCode')
                                                        if x4_1 is INVALID:
                                                            b4 = True
                                                seen += len(d4)
                                                if k4 != len(d4):
                                                    unknown(BODY_SMS_SOUTH_KOREA, d4, R, (((((None, 'messages'), i0), 'options'), 'regional'), 'southKorea'))
                                                    b4 = True
                                                    seen += sum(k.count(':') + colons(d4[k]) for k in d4 if k not in KNOWN_SMS_SOUTH_KOREA)
                                                if b4:
                                                    o4 = INVALID
                                                elif R.issues or R.more:
                                                    o4 = UNBUILT
                                                else:
                                                    o4 = new(MutableSmsSouthKorea)
                                                    o4.title = x4_0
                                                    o4.reseller_code = x4_1
                                                    o4.__class__ = SmsSouthKorea
                                            x3_2 = o4
                                            if x3_2 is INVALID:
                                                b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_REGIONAL, d3, R, ((((None, 'messages'), i0), 'options'), 'regional'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_REGIONAL)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsRegional)
                                            o3.india_dlt = x3_0
                                            o3.turkey_iys = x3_1
                                            o3.south_korea = x3_2
                                            o3.__class__ = SmsRegional
                                    x2_4 = o3
                                    if x2_4 is INVALID:
                                        b2 = True
                                v = d2.get('flash', MISSING)
                                if v is MISSING:
                                    x2_5 = None
                                else:
                                    k2 += 1
                                    if type(v) is bool and (True):
                                        x2_5 = v
                                    else:
                                        seen += colons(v)
                                        x2_5 = RULE_SMS_MESSAGE_OPTIONS_FLASH(v, R, (((None, 'messages'), i0), 'options'), 'flash')
                                        if x2_5 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_MESSAGE_OPTIONS, d2, R, (((None, 'messages'), i0), 'options'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_MESSAGE_OPTIONS)
                                if b2:
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsMessageOptions)
                                    o2.platform = x2_0
                                    o2.validity_period = x2_1
                                    o2.delivery_time_window = x2_2
                                    o2.campaign_reference_id = x2_3
                                    o2.regional = x2_4
                                    o2.flash = x2_5
                                    o2.__class__ = SmsMessageOptions
                            x1_3 = o2
                            if x1_3 is INVALID:
                                b1 = True
                        d2 = d1.get('webhooks', MISSING)
                        if d2 is MISSING:
                            x1_4 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_WEBHOOKS, d2, R, (((None, 'messages'), i0), 'webhooks'))
                            else:
                                b2 = False
                                k2 = 0
                                d3 = d2.get('delivery', MISSING)
                                if d3 is MISSING:
                                    x2_0 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_WEBHOOK, d3, R, ((((None, 'messages'), i0), 'webhooks'), 'delivery'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('url', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_WEBHOOK_URL(v, R, ((((None, 'messages'), i0), 'webhooks'), 'delivery'), 'url')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('intermediateReport', MISSING)
                                        if v is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(v) is bool and (True):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_DELIVERY_WEBHOOK_INTERMEDIATE_REPORT(v, R, ((((None, 'messages'), i0), 'webhooks'), 'delivery'), 'intermediateReport')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        v = d3.get('notify', MISSING)
                                        if v is MISSING:
                                            x3_2 = None
                                        else:
                                            k3 += 1
                                            if type(v) is bool and (True):
                                                x3_2 = v
                                            else:
                                                seen += colons(v)
                                                x3_2 = RULE_SMS_DELIVERY_WEBHOOK_NOTIFY(v, R, ((((None, 'messages'), i0), 'webhooks'), 'delivery'), 'notify')
                                                if x3_2 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_WEBHOOK, d3, R, ((((None, 'messages'), i0), 'webhooks'), 'delivery'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_WEBHOOK)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryWebhook)
                                            o3.url = x3_0
                                            o3.intermediate_report = x3_1
                                            o3.notify = x3_2
                                            o3.__class__ = SmsDeliveryWebhook
                                    x2_0 = o3
                                    if x2_0 is INVALID:
                                        b2 = True
                                v = d2.get('contentType', MISSING)
                                if v is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                        x2_1 = v
                                        if ':' in v:
                                            seen += v.count(':')
                                    else:
                                        seen += colons(v)
                                        x2_1 = RULE_SMS_WEBHOOKS_CONTENT_TYPE(v, R, (((None, 'messages'), i0), 'webhooks'), 'contentType')
                                        if x2_1 is INVALID:
                                            b2 = True
                                v = d2.get('callbackData', MISSING)
                                if v is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v)):
                                        x2_2 = v
                                        if ':' in v:
                                            seen += v.count(':')
                                    else:
                                        seen += colons(v)
                                        x2_2 = RULE_SMS_WEBHOOKS_CALLBACK_DATA(v, R, (((None, 'messages'), i0), 'webhooks'), 'callbackData')
                                        if x2_2 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_WEBHOOKS, d2, R, (((None, 'messages'), i0), 'webhooks'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_WEBHOOKS)
                                if b2:
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsWebhooks)
                                    o2.delivery = x2_0
                                    o2.content_type = x2_1
                                    o2.callback_data = x2_2
                                    o2.__class__ = SmsWebhooks
                            x1_4 = o2
                            if x1_4 is INVALID:
                                b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_SMS_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_SMS_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableSmsMessage)
                            o1.sender = x1_0
                            o1.destinations = x1_1
                            o1.content = x1_2
                            o1.options = x1_3
                            o1.webhooks = x1_4
                            o1.__class__ = SmsMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_0.append(o1)
                x0_0 = tuple(x0_0)
            else:
                seen += colons(v)
                x0_0 = RULE_V3_MESSAGES_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_0 is INVALID:
                    b0 = True
        d1 = d0.get('options', MISSING)
        if d1 is MISSING:
            x0_1 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_SMS_REQUEST_OPTIONS, d1, R, (None, 'options'))
            else:
                b1 = False
                k1 = 0
                d2 = d1.get('schedule', MISSING)
                if d2 is MISSING:
                    x1_0 = None
                else:
                    k1 += 1
                    if type(d2) is not dict:
                        seen += colons(d2)
                        o2 = walk_object(BODY_SMS_SCHEDULE, d2, R, ((None, 'options'), 'schedule'))
                    else:
                        b2 = False
                        k2 = 0
                        v = d2.get('bulkId', MISSING)
                        if v is MISSING:
                            x2_0 = None
                        else:
                            k2 += 1
                            if type(v) is str and (len(v) <= 100) and (not dirty or v.isascii() or is_clean(v)):
                                x2_0 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x2_0 = RULE_SMS_SCHEDULE_BULK_ID(v, R, ((None, 'options'), 'schedule'), 'bulkId')
                                if x2_0 is INVALID:
                                    b2 = True
                        v = d2.get('sendAt', MISSING)
                        if v is MISSING:
                            x2_1 = None
                        else:
                            k2 += 1
                            x2_1 = fast_timestamp(v)
                            if x2_1 is None:
                                seen += colons(v)
                                x2_1 = RULE_SMS_SCHEDULE_SEND_AT(v, R, ((None, 'options'), 'schedule'), 'sendAt')
                                if x2_1 is INVALID:
                                    b2 = True
                            else:
                                seen += v.count(':')
                        d3 = d2.get('sendingSpeedLimit', MISSING)
                        if d3 is MISSING:
                            x2_2 = None
                        else:
                            k2 += 1
                            if type(d3) is not dict:
                                seen += colons(d3)
                                o3 = walk_object(BODY_SMS_SPEED_LIMIT, d3, R, (((None, 'options'), 'schedule'), 'sendingSpeedLimit'))
                            else:
                                b3 = False
                                k3 = 0
                                v = d3.get('amount', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'options'), 'schedule'), 'sendingSpeedLimit'), FIELD_SMS_SPEED_LIMIT_AMOUNT)
                                    b3 = True
                                else:
                                    k3 += 1
                                    if type(v) is int and (-2147483648 <= v <= 2147483647):
                                        x3_0 = v
                                    else:
                                        seen += colons(v)
                                        x3_0 = RULE_SMS_SPEED_LIMIT_AMOUNT(v, R, (((None, 'options'), 'schedule'), 'sendingSpeedLimit'), 'amount')
                                        if x3_0 is INVALID:
                                            b3 = True
                                v = d3.get('timeUnit', MISSING)
                                if v is MISSING:
                                    x3_1 = None
                                else:
                                    k3 += 1
                                    if type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE')):
                                        x3_1 = v
                                        if ':' in v:
                                            seen += v.count(':')
                                    else:
                                        seen += colons(v)
                                        x3_1 = RULE_SMS_SPEED_LIMIT_TIME_UNIT(v, R, (((None, 'options'), 'schedule'), 'sendingSpeedLimit'), 'timeUnit')
                                        if x3_1 is INVALID:
                                            b3 = True
                                seen += len(d3)
                                if k3 != len(d3):
                                    unknown(BODY_SMS_SPEED_LIMIT, d3, R, (((None, 'options'), 'schedule'), 'sendingSpeedLimit'))
                                    b3 = True
                                    seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_SPEED_LIMIT)
                                if b3:
                                    o3 = INVALID
                                elif R.issues or R.more:
                                    o3 = UNBUILT
                                else:
                                    o3 = new(MutableSmsSpeedLimit)
                                    o3.amount = x3_0
                                    o3.time_unit = x3_1
                                    o3.__class__ = SmsSpeedLimit
                            x2_2 = o3
                            if x2_2 is INVALID:
                                b2 = True
                        seen += len(d2)
                        if k2 != len(d2):
                            unknown(BODY_SMS_SCHEDULE, d2, R, ((None, 'options'), 'schedule'))
                            b2 = True
                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_SCHEDULE)
                        if b2:
                            o2 = INVALID
                        elif R.issues or R.more:
                            o2 = UNBUILT
                        else:
                            o2 = new(MutableSmsSchedule)
                            o2.bulk_id = x2_0
                            o2.send_at = x2_1
                            o2.sending_speed_limit = x2_2
                            o2.__class__ = SmsSchedule
                    x1_0 = o2
                    if x1_0 is INVALID:
                        b1 = True
                d2 = d1.get('tracking', MISSING)
                if d2 is MISSING:
                    x1_1 = None
                else:
                    k1 += 1
                    if type(d2) is not dict:
                        seen += colons(d2)
                        o2 = walk_object(BODY_SMS_TRACKING, d2, R, ((None, 'options'), 'tracking'))
                    else:
                        b2 = False
                        k2 = 0
                        v = d2.get('shortenUrl', MISSING)
                        if v is MISSING:
                            x2_0 = None
                        else:
                            k2 += 1
                            if type(v) is bool and (True):
                                x2_0 = v
                            else:
                                seen += colons(v)
                                x2_0 = RULE_SMS_TRACKING_SHORTEN_URL(v, R, ((None, 'options'), 'tracking'), 'shortenUrl')
                                if x2_0 is INVALID:
                                    b2 = True
                        v = d2.get('trackClicks', MISSING)
                        if v is MISSING:
                            x2_1 = None
                        else:
                            k2 += 1
                            if type(v) is bool and (True):
                                x2_1 = v
                            else:
                                seen += colons(v)
                                x2_1 = RULE_SMS_TRACKING_TRACK_CLICKS(v, R, ((None, 'options'), 'tracking'), 'trackClicks')
                                if x2_1 is INVALID:
                                    b2 = True
                        v = d2.get('trackingUrl', MISSING)
                        if v is MISSING:
                            x2_2 = None
                        else:
                            k2 += 1
                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                x2_2 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x2_2 = RULE_SMS_TRACKING_TRACKING_URL(v, R, ((None, 'options'), 'tracking'), 'trackingUrl')
                                if x2_2 is INVALID:
                                    b2 = True
                        v = d2.get('removeProtocol', MISSING)
                        if v is MISSING:
                            x2_3 = None
                        else:
                            k2 += 1
                            if type(v) is bool and (True):
                                x2_3 = v
                            else:
                                seen += colons(v)
                                x2_3 = RULE_SMS_TRACKING_REMOVE_PROTOCOL(v, R, ((None, 'options'), 'tracking'), 'removeProtocol')
                                if x2_3 is INVALID:
                                    b2 = True
                        v = d2.get('customDomain', MISSING)
                        if v is MISSING:
                            x2_4 = None
                        else:
                            k2 += 1
                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                x2_4 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x2_4 = RULE_SMS_TRACKING_CUSTOM_DOMAIN(v, R, ((None, 'options'), 'tracking'), 'customDomain')
                                if x2_4 is INVALID:
                                    b2 = True
                        seen += len(d2)
                        if k2 != len(d2):
                            unknown(BODY_SMS_TRACKING, d2, R, ((None, 'options'), 'tracking'))
                            b2 = True
                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_TRACKING)
                        if b2:
                            o2 = INVALID
                        elif R.issues or R.more:
                            o2 = UNBUILT
                        else:
                            o2 = new(MutableSmsTracking)
                            o2.shorten_url = x2_0
                            o2.track_clicks = x2_1
                            o2.tracking_url = x2_2
                            o2.remove_protocol = x2_3
                            o2.custom_domain = x2_4
                            o2.__class__ = SmsTracking
                    x1_1 = o2
                    if x1_1 is INVALID:
                        b1 = True
                v = d1.get('includeSmsCountInResponse', MISSING)
                if v is MISSING:
                    x1_2 = None
                else:
                    k1 += 1
                    if type(v) is bool and (True):
                        x1_2 = v
                    else:
                        seen += colons(v)
                        x1_2 = RULE_SMS_REQUEST_OPTIONS_INCLUDE_SMS_COUNT_IN_RESPONSE(v, R, (None, 'options'), 'includeSmsCountInResponse')
                        if x1_2 is INVALID:
                            b1 = True
                d2 = d1.get('conversionTracking', MISSING)
                if d2 is MISSING:
                    x1_3 = None
                else:
                    k1 += 1
                    if type(d2) is not dict:
                        seen += colons(d2)
                        o2 = walk_object(BODY_SMS_CONVERSION_TRACKING, d2, R, ((None, 'options'), 'conversionTracking'))
                    else:
                        b2 = False
                        k2 = 0
                        v = d2.get('useConversionTracking', MISSING)
                        if v is MISSING:
                            x2_0 = None
                        else:
                            k2 += 1
                            if type(v) is bool and (True):
                                x2_0 = v
                            else:
                                seen += colons(v)
                                x2_0 = RULE_SMS_CONVERSION_TRACKING_USE_CONVERSION_TRACKING(v, R, ((None, 'options'), 'conversionTracking'), 'useConversionTracking')
                                if x2_0 is INVALID:
                                    b2 = True
                        v = d2.get('conversionTrackingName', MISSING)
                        if v is MISSING:
                            x2_1 = None
                        else:
                            k2 += 1
                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                x2_1 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x2_1 = RULE_SMS_CONVERSION_TRACKING_CONVERSION_TRACKING_NAME(v, R, ((None, 'options'), 'conversionTracking'), 'conversionTrackingName')
                                if x2_1 is INVALID:
                                    b2 = True
                        seen += len(d2)
                        if k2 != len(d2):
                            unknown(BODY_SMS_CONVERSION_TRACKING, d2, R, ((None, 'options'), 'conversionTracking'))
                            b2 = True
                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_CONVERSION_TRACKING)
                        if b2:
                            o2 = INVALID
                        elif R.issues or R.more:
                            o2 = UNBUILT
                        else:
                            o2 = new(MutableSmsConversionTracking)
                            o2.use_conversion_tracking = x2_0
                            o2.conversion_tracking_name = x2_1
                            o2.__class__ = SmsConversionTracking
                    x1_3 = o2
                    if x1_3 is INVALID:
                        b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_SMS_REQUEST_OPTIONS, d1, R, (None, 'options'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_SMS_REQUEST_OPTIONS)
                if b1:
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableSmsRequestOptions)
                    o1.schedule = x1_0
                    o1.tracking = x1_1
                    o1.include_sms_count_in_response = x1_2
                    o1.conversion_tracking = x1_3
                    o1.__class__ = SmsRequestOptions
            x0_1 = o1
            if x0_1 is INVALID:
                b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_V3_MESSAGES_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_V3_MESSAGES_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableMessagesRequest)
            o0.messages = x0_0
            o0.options = x0_1
            o0.__class__ = MessagesRequest
    return o0, seen


def check_text_advanced_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The TextAdvancedRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x0_3: Any
    x0_4: Any
    x0_5: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x1_15: Any
    x1_16: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict or not FOREIGN_TEXT_ADVANCED_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_TEXT_ADVANCED_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('bulkId', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                x0_0 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_0 = RULE_TEXT_ADVANCED_REQUEST_BULK_ID(v, R, None, 'bulkId')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_ADVANCED_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_1 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict or not FOREIGN_ADVANCED_TEXT_MESSAGE.isdisjoint(d1):
                        seen += colons(d1)
                        o1 = walk_object(BODY_ADVANCED_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('callbackData', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v)):
                                x1_0 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_0 = RULE_ADVANCED_TEXT_MESSAGE_CALLBACK_DATA(v, R, ((None, 'messages'), i0), 'callbackData')
                                if x1_0 is INVALID:
                                    b1 = True
                        d2 = d1.get('deliveryTimeWindow', MISSING)
                        if d2 is MISSING:
                            x1_1 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_DELIVERY_TIME_WINDOW, d2, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('days', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'messages'), i0), 'deliveryTimeWindow'), FIELD_SMS_DELIVERY_TIME_WINDOW_DAYS)
                                    b2 = True
                                else:
                                    k2 += 1
                                    ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                                    if ok:
                                        for e in v:
                                            if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                                                ok = False
                                                break
                                    if ok:
                                        x2_0 = tuple(v)
                                    else:
                                        seen += colons(v)
                                        x2_0 = RULE_SMS_DELIVERY_TIME_WINDOW_DAYS(v, R, (((None, 'messages'), i0), 'deliveryTimeWindow'), 'days')
                                        if x2_0 is INVALID:
                                            b2 = True
                                d3 = d2.get('from', MISSING)
                                if d3 is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('hour', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 23):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), 'hour')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('minute', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 59):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), 'minute')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_TIME)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryTime)
                                            o3.hour = x3_0
                                            o3.minute = x3_1
                                            o3.__class__ = SmsDeliveryTime
                                    x2_1 = o3
                                    if x2_1 is INVALID:
                                        b2 = True
                                d3 = d2.get('to', MISSING)
                                if d3 is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('hour', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 23):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), 'hour')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('minute', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 59):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), 'minute')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_TIME)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryTime)
                                            o3.hour = x3_0
                                            o3.minute = x3_1
                                            o3.__class__ = SmsDeliveryTime
                                    x2_2 = o3
                                    if x2_2 is INVALID:
                                        b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_DELIVERY_TIME_WINDOW, d2, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_DELIVERY_TIME_WINDOW)
                                if b2 or (not (x2_1 is None and x2_2 is None or (hasattr(x2_1, 'hour') and hasattr(x2_2, 'hour') and ((x2_2.hour * 60 + x2_2.minute - x2_1.hour * 60 - x2_1.minute) % 1440 >= 60))) and not CHECK_SMS_DELIVERY_TIME_WINDOW({'days': x2_0, 'start': x2_1, 'end': x2_2}, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsDeliveryTimeWindow)
                                    o2.days = x2_0
                                    o2.start = x2_1
                                    o2.end = x2_2
                                    o2.__class__ = SmsDeliveryTimeWindow
                            x1_1 = o2
                            if x1_1 is INVALID:
                                b1 = True
                        v = d1.get('destinations', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_ADVANCED_TEXT_MESSAGE_DESTINATIONS)
                            b1 = True
                        else:
                            k1 += 1
                            if type(v) is list and 1 <= len(v) <= L.max_destinations:
                                x1_2 = []
                                for i1, d2 in enumerate(v):
                                    if type(d2) is not dict:
                                        seen += colons(d2)
                                        o2 = walk_object(BODY_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                    else:
                                        b2 = False
                                        k2 = 0
                                        v = d2.get('to', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'destinations'), i1), FIELD_DESTINATION_TO)
                                            b2 = True
                                        else:
                                            k2 += 1
                                            if type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                                x2_0 = v
                                            else:
                                                seen += colons(v)
                                                x2_0 = RULE_DESTINATION_TO(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'to')
                                                if x2_0 is INVALID:
                                                    b2 = True
                                        v = d2.get('messageId', MISSING)
                                        if v is MISSING:
                                            x2_1 = None
                                        else:
                                            k2 += 1
                                            if type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v)):
                                                x2_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x2_1 = RULE_DESTINATION_MESSAGE_ID(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'messageId')
                                                if x2_1 is INVALID:
                                                    b2 = True
                                        seen += len(d2)
                                        if k2 != len(d2):
                                            unknown(BODY_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                            b2 = True
                                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_DESTINATION)
                                        if b2:
                                            o2 = INVALID
                                        elif R.issues or R.more:
                                            o2 = UNBUILT
                                        else:
                                            o2 = new(MutableDestination)
                                            o2.to = x2_0
                                            o2.message_id = x2_1
                                            o2.__class__ = Destination
                                    if o2 is INVALID:
                                        b1 = True
                                    x1_2.append(o2)
                                x1_2 = tuple(x1_2)
                            else:
                                seen += colons(v)
                                x1_2 = RULE_ADVANCED_TEXT_MESSAGE_DESTINATIONS(v, R, ((None, 'messages'), i0), 'destinations')
                                if x1_2 is INVALID:
                                    b1 = True
                        v = d1.get('flash', MISSING)
                        if v is MISSING:
                            x1_3 = None
                        else:
                            k1 += 1
                            if type(v) is bool and (True):
                                x1_3 = v
                            else:
                                seen += colons(v)
                                x1_3 = RULE_ADVANCED_TEXT_MESSAGE_FLASH(v, R, ((None, 'messages'), i0), 'flash')
                                if x1_3 is INVALID:
                                    b1 = True
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_4 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_4 = v
                            else:
                                seen += colons(v)
                                x1_4 = RULE_ADVANCED_TEXT_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_4 is INVALID:
                                    b1 = True
                        v = d1.get('intermediateReport', MISSING)
                        if v is MISSING:
                            x1_5 = None
                        else:
                            k1 += 1
                            if type(v) is bool and (True):
                                x1_5 = v
                            else:
                                seen += colons(v)
                                x1_5 = RULE_ADVANCED_TEXT_MESSAGE_INTERMEDIATE_REPORT(v, R, ((None, 'messages'), i0), 'intermediateReport')
                                if x1_5 is INVALID:
                                    b1 = True
                        d2 = d1.get('language', MISSING)
                        if d2 is MISSING:
                            x1_6 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_LANGUAGE, d2, R, (((None, 'messages'), i0), 'language'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('languageCode', MISSING)
                                if v is MISSING:
                                    x2_0 = None
                                else:
                                    k2 += 1
                                    if type(v) is str and (v in ('AUTODETECT', 'ES', 'NONE', 'PT', 'TR')):
                                        x2_0 = v
                                        if ':' in v:
                                            seen += v.count(':')
                                    else:
                                        seen += colons(v)
                                        x2_0 = RULE_SMS_LANGUAGE_LANGUAGE_CODE(v, R, (((None, 'messages'), i0), 'language'), 'languageCode')
                                        if x2_0 is INVALID:
                                            b2 = True
                                v = d2.get('singleShift', MISSING)
                                if v is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(v) is bool and (True):
                                        x2_1 = v
                                    else:
                                        seen += colons(v)
                                        x2_1 = RULE_SMS_LANGUAGE_SINGLE_SHIFT(v, R, (((None, 'messages'), i0), 'language'), 'singleShift')
                                        if x2_1 is INVALID:
                                            b2 = True
                                v = d2.get('lockingShift', MISSING)
                                if v is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(v) is bool and (True):
                                        x2_2 = v
                                    else:
                                        seen += colons(v)
                                        x2_2 = RULE_SMS_LANGUAGE_LOCKING_SHIFT(v, R, (((None, 'messages'), i0), 'language'), 'lockingShift')
                                        if x2_2 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_LANGUAGE, d2, R, (((None, 'messages'), i0), 'language'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_LANGUAGE)
                                if b2 or (not (x2_0 is not None and x2_0 != 'NONE' or not (x2_1 or x2_2)) and not CHECK_SMS_LANGUAGE({'language_code': x2_0, 'single_shift': x2_1, 'locking_shift': x2_2}, R, (((None, 'messages'), i0), 'language'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsLanguage)
                                    o2.language_code = x2_0
                                    o2.single_shift = x2_1
                                    o2.locking_shift = x2_2
                                    o2.__class__ = SmsLanguage
                            x1_6 = o2
                            if x1_6 is INVALID:
                                b1 = True
                        v = d1.get('notifyContentType', MISSING)
                        if v is MISSING:
                            x1_7 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v in ('application/json', 'application/xml')):
                                x1_7 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_7 = RULE_ADVANCED_TEXT_MESSAGE_NOTIFY_CONTENT_TYPE(v, R, ((None, 'messages'), i0), 'notifyContentType')
                                if x1_7 is INVALID:
                                    b1 = True
                        v = d1.get('notifyUrl', MISSING)
                        if v is MISSING:
                            x1_8 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                x1_8 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_8 = RULE_ADVANCED_TEXT_MESSAGE_NOTIFY_URL(v, R, ((None, 'messages'), i0), 'notifyUrl')
                                if x1_8 is INVALID:
                                    b1 = True
                        d2 = d1.get('regional', MISSING)
                        if d2 is MISSING:
                            x1_9 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_REGIONAL, d2, R, (((None, 'messages'), i0), 'regional'))
                            else:
                                b2 = False
                                k2 = 0
                                d3 = d2.get('indiaDlt', MISSING)
                                if d3 is MISSING:
                                    x2_0 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_INDIA_DLT, d3, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('contentTemplateId', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_INDIA_DLT_CONTENT_TEMPLATE_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'contentTemplateId')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('principalEntityId', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), FIELD_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'principalEntityId')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        v = d3.get('telemarketerId', MISSING)
                                        if v is MISSING:
                                            x3_2 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_2 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_2 = RULE_SMS_INDIA_DLT_TELEMARKETER_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'telemarketerId')
                                                if x3_2 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_INDIA_DLT, d3, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_INDIA_DLT)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsIndiaDlt)
                                            o3.content_template_id = x3_0
                                            o3.principal_entity_id = x3_1
                                            o3.telemarketer_id = x3_2
                                            o3.__class__ = SmsIndiaDlt
                                    x2_0 = o3
                                    if x2_0 is INVALID:
                                        b2 = True
                                d3 = d2.get('turkeyIys', MISSING)
                                if d3 is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_TURKEY_IYS, d3, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('brandCode', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_TURKEY_IYS_BRAND_CODE(v, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), 'brandCode')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('recipientType', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), FIELD_SMS_TURKEY_IYS_RECIPIENT_TYPE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is str and (v in ('BIREYSEL', 'TACIR')):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_TURKEY_IYS_RECIPIENT_TYPE(v, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), 'recipientType')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_TURKEY_IYS, d3, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_TURKEY_IYS)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsTurkeyIys)
                                            o3.brand_code = x3_0
                                            o3.recipient_type = x3_1
                                            o3.__class__ = SmsTurkeyIys
                                    x2_1 = o3
                                    if x2_1 is INVALID:
                                        b2 = True
                                d3 = d2.get('southKorea', MISSING)
                                if d3 is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_SOUTH_KOREA, d3, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('title', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_SOUTH_KOREA_TITLE(v, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'), 'title')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('resellerCode', MISSING)
                                        if v is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_SOUTH_KOREA_RESELLER_CODE(v, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'), 'resellerCode')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_SOUTH_KOREA, d3, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_SOUTH_KOREA)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsSouthKorea)
                                            o3.title = x3_0
                                            o3.reseller_code = x3_1
                                            o3.__class__ = SmsSouthKorea
                                    x2_2 = o3
                                    if x2_2 is INVALID:
                                        b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_REGIONAL, d2, R, (((None, 'messages'), i0), 'regional'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_REGIONAL)
                                if b2:
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsRegional)
                                    o2.india_dlt = x2_0
                                    o2.turkey_iys = x2_1
                                    o2.south_korea = x2_2
                                    o2.__class__ = SmsRegional
                            x1_9 = o2
                            if x1_9 is INVALID:
                                b1 = True
                        v = d1.get('sendAt', MISSING)
                        if v is MISSING:
                            x1_10 = None
                        else:
                            k1 += 1
                            x1_10 = fast_timestamp(v)
                            if x1_10 is None:
                                seen += colons(v)
                                x1_10 = RULE_ADVANCED_TEXT_MESSAGE_SEND_AT(v, R, ((None, 'messages'), i0), 'sendAt')
                                if x1_10 is INVALID:
                                    b1 = True
                            else:
                                seen += v.count(':')
                        v = d1.get('text', MISSING)
                        if v is MISSING:
                            x1_11 = None
                        else:
                            k1 += 1
                            if type(v) is str and (0 < len(v) <= L.max_text_length) and (not dirty or v.isascii() or is_clean(v)):
                                x1_11 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_11 = RULE_ADVANCED_TEXT_MESSAGE_TEXT(v, R, ((None, 'messages'), i0), 'text')
                                if x1_11 is INVALID:
                                    b1 = True
                        v = d1.get('transliteration', MISSING)
                        if v is MISSING:
                            x1_12 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v in ('ALL', 'BALTIC', 'BULGARIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'COLOMBIAN', 'CYRILLIC', 'GREEK', 'NONE', 'NON_UNICODE', 'PORTUGUESE', 'SERBIAN_CYRILLIC', 'TURKISH')):
                                x1_12 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_12 = RULE_ADVANCED_TEXT_MESSAGE_TRANSLITERATION(v, R, ((None, 'messages'), i0), 'transliteration')
                                if x1_12 is INVALID:
                                    b1 = True
                        v = d1.get('validityPeriod', MISSING)
                        if v is MISSING:
                            x1_13 = None
                        else:
                            k1 += 1
                            if type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807):
                                x1_13 = v
                            else:
                                seen += colons(v)
                                x1_13 = RULE_ADVANCED_TEXT_MESSAGE_VALIDITY_PERIOD(v, R, ((None, 'messages'), i0), 'validityPeriod')
                                if x1_13 is INVALID:
                                    b1 = True
                        v = d1.get('entityId', MISSING)
                        if v is MISSING:
                            x1_14 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 50) and (not dirty or v.isascii() or is_clean(v)):
                                x1_14 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_14 = RULE_ADVANCED_TEXT_MESSAGE_ENTITY_ID(v, R, ((None, 'messages'), i0), 'entityId')
                                if x1_14 is INVALID:
                                    b1 = True
                        v = d1.get('applicationId', MISSING)
                        if v is MISSING:
                            x1_15 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 50) and (not dirty or v.isascii() or is_clean(v)):
                                x1_15 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_15 = RULE_ADVANCED_TEXT_MESSAGE_APPLICATION_ID(v, R, ((None, 'messages'), i0), 'applicationId')
                                if x1_15 is INVALID:
                                    b1 = True
                        v = d1.get('campaignReferenceId', MISSING)
                        if v is MISSING:
                            x1_16 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v)):
                                x1_16 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_16 = RULE_ADVANCED_TEXT_MESSAGE_CAMPAIGN_REFERENCE_ID(v, R, ((None, 'messages'), i0), 'campaignReferenceId')
                                if x1_16 is INVALID:
                                    b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_ADVANCED_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_ADVANCED_TEXT_MESSAGE)
                        if b1 or (not (x1_11 is None or len(x1_11) <= 2103 or (x1_12 is None and len(x1_11) <= 8415) or sent_fits(x1_11, x1_6, x1_12)) and not CHECK_ADVANCED_TEXT_MESSAGE({'callback_data': x1_0, 'delivery_time_window': x1_1, 'destinations': x1_2, 'flash': x1_3, 'sender': x1_4, 'intermediate_report': x1_5, 'language': x1_6, 'notify_content_type': x1_7, 'notify_url': x1_8, 'regional': x1_9, 'send_at': x1_10, 'text': x1_11, 'transliteration': x1_12, 'validity_period': x1_13, 'entity_id': x1_14, 'application_id': x1_15, 'campaign_reference_id': x1_16}, R, ((None, 'messages'), i0))):
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableAdvancedTextMessage)
                            o1.callback_data = x1_0
                            o1.delivery_time_window = x1_1
                            o1.destinations = x1_2
                            o1.flash = x1_3
                            o1.sender = x1_4
                            o1.intermediate_report = x1_5
                            o1.language = x1_6
                            o1.notify_content_type = x1_7
                            o1.notify_url = x1_8
                            o1.regional = x1_9
                            o1.send_at = x1_10
                            o1.text = x1_11
                            o1.transliteration = x1_12
                            o1.validity_period = x1_13
                            o1.entity_id = x1_14
                            o1.application_id = x1_15
                            o1.campaign_reference_id = x1_16
                            o1.__class__ = AdvancedTextMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_1.append(o1)
                x0_1 = tuple(x0_1)
            else:
                seen += colons(v)
                x0_1 = RULE_TEXT_ADVANCED_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_1 is INVALID:
                    b0 = True
        d1 = d0.get('sendingSpeedLimit', MISSING)
        if d1 is MISSING:
            x0_2 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_SMS_SPEED_LIMIT, d1, R, (None, 'sendingSpeedLimit'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('amount', MISSING)
                if v is MISSING:
                    missing(R, (None, 'sendingSpeedLimit'), FIELD_SMS_SPEED_LIMIT_AMOUNT)
                    b1 = True
                else:
                    k1 += 1
                    if type(v) is int and (-2147483648 <= v <= 2147483647):
                        x1_0 = v
                    else:
                        seen += colons(v)
                        x1_0 = RULE_SMS_SPEED_LIMIT_AMOUNT(v, R, (None, 'sendingSpeedLimit'), 'amount')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('timeUnit', MISSING)
                if v is MISSING:
                    x1_1 = None
                else:
                    k1 += 1
                    if type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE')):
                        x1_1 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_1 = RULE_SMS_SPEED_LIMIT_TIME_UNIT(v, R, (None, 'sendingSpeedLimit'), 'timeUnit')
                        if x1_1 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_SMS_SPEED_LIMIT, d1, R, (None, 'sendingSpeedLimit'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_SMS_SPEED_LIMIT)
                if b1:
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableSmsSpeedLimit)
                    o1.amount = x1_0
                    o1.time_unit = x1_1
                    o1.__class__ = SmsSpeedLimit
            x0_2 = o1
            if x0_2 is INVALID:
                b0 = True
        d1 = d0.get('urlOptions', MISSING)
        if d1 is MISSING:
            x0_3 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_SMS_TRACKING, d1, R, (None, 'urlOptions'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('shortenUrl', MISSING)
                if v is MISSING:
                    x1_0 = None
                else:
                    k1 += 1
                    if type(v) is bool and (True):
                        x1_0 = v
                    else:
                        seen += colons(v)
                        x1_0 = RULE_SMS_TRACKING_SHORTEN_URL(v, R, (None, 'urlOptions'), 'shortenUrl')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('trackClicks', MISSING)
                if v is MISSING:
                    x1_1 = None
                else:
                    k1 += 1
                    if type(v) is bool and (True):
                        x1_1 = v
                    else:
                        seen += colons(v)
                        x1_1 = RULE_SMS_TRACKING_TRACK_CLICKS(v, R, (None, 'urlOptions'), 'trackClicks')
                        if x1_1 is INVALID:
                            b1 = True
                v = d1.get('trackingUrl', MISSING)
                if v is MISSING:
                    x1_2 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_2 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_2 = RULE_SMS_TRACKING_TRACKING_URL(v, R, (None, 'urlOptions'), 'trackingUrl')
                        if x1_2 is INVALID:
                            b1 = True
                v = d1.get('removeProtocol', MISSING)
                if v is MISSING:
                    x1_3 = None
                else:
                    k1 += 1
                    if type(v) is bool and (True):
                        x1_3 = v
                    else:
                        seen += colons(v)
                        x1_3 = RULE_SMS_TRACKING_REMOVE_PROTOCOL(v, R, (None, 'urlOptions'), 'removeProtocol')
                        if x1_3 is INVALID:
                            b1 = True
                v = d1.get('customDomain', MISSING)
                if v is MISSING:
                    x1_4 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_4 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_4 = RULE_SMS_TRACKING_CUSTOM_DOMAIN(v, R, (None, 'urlOptions'), 'customDomain')
                        if x1_4 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_SMS_TRACKING, d1, R, (None, 'urlOptions'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_SMS_TRACKING)
                if b1:
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableSmsTracking)
                    o1.shorten_url = x1_0
                    o1.track_clicks = x1_1
                    o1.tracking_url = x1_2
                    o1.remove_protocol = x1_3
                    o1.custom_domain = x1_4
                    o1.__class__ = SmsTracking
            x0_3 = o1
            if x0_3 is INVALID:
                b0 = True
        d1 = d0.get('tracking', MISSING)
        if d1 is MISSING:
            x0_4 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_TRACKING, d1, R, (None, 'tracking'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('baseUrl', MISSING)
                if v is MISSING:
                    x1_0 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_0 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_0 = RULE_TRACKING_BASE_URL(v, R, (None, 'tracking'), 'baseUrl')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('processKey', MISSING)
                if v is MISSING:
                    x1_1 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_1 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_1 = RULE_TRACKING_PROCESS_KEY(v, R, (None, 'tracking'), 'processKey')
                        if x1_1 is INVALID:
                            b1 = True
                v = d1.get('track', MISSING)
                if v is MISSING:
                    x1_2 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_2 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_2 = RULE_TRACKING_TRACK(v, R, (None, 'tracking'), 'track')
                        if x1_2 is INVALID:
                            b1 = True
                v = d1.get('type', MISSING)
                if v is MISSING:
                    x1_3 = None
                else:
                    k1 += 1
                    if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                        x1_3 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_3 = RULE_TRACKING_TYPE(v, R, (None, 'tracking'), 'type')
                        if x1_3 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_TRACKING, d1, R, (None, 'tracking'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_TRACKING)
                if b1:
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableTracking)
                    o1.base_url = x1_0
                    o1.process_key = x1_1
                    o1.track = x1_2
                    o1.type = x1_3
                    o1.__class__ = Tracking
            x0_4 = o1
            if x0_4 is INVALID:
                b0 = True
        v = d0.get('includeSmsCountInResponse', MISSING)
        if v is MISSING:
            x0_5 = None
        else:
            k0 += 1
            if type(v) is bool and (True):
                x0_5 = v
            else:
                seen += colons(v)
                x0_5 = RULE_TEXT_ADVANCED_REQUEST_INCLUDE_SMS_COUNT_IN_RESPONSE(v, R, None, 'includeSmsCountInResponse')
                if x0_5 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_TEXT_ADVANCED_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_TEXT_ADVANCED_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableTextAdvancedRequest)
            o0.bulk_id = x0_0
            o0.messages = x0_1
            o0.sending_speed_limit = x0_2
            o0.url_options = x0_3
            o0.tracking = x0_4
            o0.include_sms_count_in_response = x0_5
            o0.__class__ = TextAdvancedRequest
    return o0, seen


def check_binary_advanced_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BinaryAdvancedRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x1_4: Any
    x1_5: Any
    x1_6: Any
    x1_7: Any
    x1_8: Any
    x1_9: Any
    x1_10: Any
    x1_11: Any
    x1_12: Any
    x1_13: Any
    x1_14: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x3_0: Any
    x3_1: Any
    x3_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict or not FOREIGN_BINARY_ADVANCED_REQUEST.isdisjoint(d0):
        seen += colons(d0)
        o0 = walk_object(BODY_BINARY_ADVANCED_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('bulkId', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                x0_0 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_0 = RULE_BINARY_ADVANCED_REQUEST_BULK_ID(v, R, None, 'bulkId')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BINARY_ADVANCED_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_1 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict or not FOREIGN_ADVANCED_BINARY_MESSAGE.isdisjoint(d1):
                        seen += colons(d1)
                        o1 = walk_object(BODY_ADVANCED_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        d2 = d1.get('binary', MISSING)
                        if d2 is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('hex', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'messages'), i0), 'binary'), FIELD_BINARY_CONTENT_HEX)
                                    b2 = True
                                else:
                                    k2 += 1
                                    x2_0 = parse_hex(v) if type(v) is str and (len(v) < 3 * L.max_payload_octets) else None
                                    if x2_0 is None:
                                        seen += colons(v)
                                        x2_0 = RULE_BINARY_CONTENT_HEX(v, R, (((None, 'messages'), i0), 'binary'), 'hex')
                                        if x2_0 is INVALID:
                                            b2 = True
                                v = d2.get('dataCoding', MISSING)
                                if v is MISSING:
                                    x2_1 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_1 = v
                                    else:
                                        seen += colons(v)
                                        x2_1 = RULE_BINARY_CONTENT_DATA_CODING(v, R, (((None, 'messages'), i0), 'binary'), 'dataCoding')
                                        if x2_1 is INVALID:
                                            b2 = True
                                v = d2.get('esmClass', MISSING)
                                if v is MISSING:
                                    x2_2 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_2 = v
                                    else:
                                        seen += colons(v)
                                        x2_2 = RULE_BINARY_CONTENT_ESM_CLASS(v, R, (((None, 'messages'), i0), 'binary'), 'esmClass')
                                        if x2_2 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_BINARY_CONTENT)
                                if b2 or (not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)) and not CHECK_BINARY_CONTENT({'hex': x2_0, 'data_coding': x2_1, 'esm_class': x2_2}, R, (((None, 'messages'), i0), 'binary'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableBinaryContent)
                                    o2.hex = x2_0
                                    o2.data_coding = x2_1
                                    o2.esm_class = x2_2
                                    o2.__class__ = BinaryContent
                            x1_0 = o2
                            if x1_0 is INVALID:
                                b1 = True
                        v = d1.get('callbackData', MISSING)
                        if v is MISSING:
                            x1_1 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 4000) and (not dirty or v.isascii() or is_clean(v)):
                                x1_1 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_1 = RULE_ADVANCED_BINARY_MESSAGE_CALLBACK_DATA(v, R, ((None, 'messages'), i0), 'callbackData')
                                if x1_1 is INVALID:
                                    b1 = True
                        d2 = d1.get('deliveryTimeWindow', MISSING)
                        if d2 is MISSING:
                            x1_2 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_DELIVERY_TIME_WINDOW, d2, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('days', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'messages'), i0), 'deliveryTimeWindow'), FIELD_SMS_DELIVERY_TIME_WINDOW_DAYS)
                                    b2 = True
                                else:
                                    k2 += 1
                                    ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                                    if ok:
                                        for e in v:
                                            if not (type(e) is str and (e in ('FRIDAY', 'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'WEDNESDAY'))):
                                                ok = False
                                                break
                                    if ok:
                                        x2_0 = tuple(v)
                                    else:
                                        seen += colons(v)
                                        x2_0 = RULE_SMS_DELIVERY_TIME_WINDOW_DAYS(v, R, (((None, 'messages'), i0), 'deliveryTimeWindow'), 'days')
                                        if x2_0 is INVALID:
                                            b2 = True
                                d3 = d2.get('from', MISSING)
                                if d3 is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('hour', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 23):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), 'hour')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('minute', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 59):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'), 'minute')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'from'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_TIME)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryTime)
                                            o3.hour = x3_0
                                            o3.minute = x3_1
                                            o3.__class__ = SmsDeliveryTime
                                    x2_1 = o3
                                    if x2_1 is INVALID:
                                        b2 = True
                                d3 = d2.get('to', MISSING)
                                if d3 is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('hour', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_HOUR)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 23):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_DELIVERY_TIME_HOUR(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), 'hour')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('minute', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), FIELD_SMS_DELIVERY_TIME_MINUTE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is int and (0 <= v <= 59):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_DELIVERY_TIME_MINUTE(v, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'), 'minute')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_DELIVERY_TIME, d3, R, ((((None, 'messages'), i0), 'deliveryTimeWindow'), 'to'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_DELIVERY_TIME)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsDeliveryTime)
                                            o3.hour = x3_0
                                            o3.minute = x3_1
                                            o3.__class__ = SmsDeliveryTime
                                    x2_2 = o3
                                    if x2_2 is INVALID:
                                        b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_DELIVERY_TIME_WINDOW, d2, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_DELIVERY_TIME_WINDOW)
                                if b2 or (not (x2_1 is None and x2_2 is None or (hasattr(x2_1, 'hour') and hasattr(x2_2, 'hour') and ((x2_2.hour * 60 + x2_2.minute - x2_1.hour * 60 - x2_1.minute) % 1440 >= 60))) and not CHECK_SMS_DELIVERY_TIME_WINDOW({'days': x2_0, 'start': x2_1, 'end': x2_2}, R, (((None, 'messages'), i0), 'deliveryTimeWindow'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsDeliveryTimeWindow)
                                    o2.days = x2_0
                                    o2.start = x2_1
                                    o2.end = x2_2
                                    o2.__class__ = SmsDeliveryTimeWindow
                            x1_2 = o2
                            if x1_2 is INVALID:
                                b1 = True
                        v = d1.get('destinations', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_ADVANCED_BINARY_MESSAGE_DESTINATIONS)
                            b1 = True
                        else:
                            k1 += 1
                            if type(v) is list and 1 <= len(v) <= L.max_destinations:
                                x1_3 = []
                                for i1, d2 in enumerate(v):
                                    if type(d2) is not dict:
                                        seen += colons(d2)
                                        o2 = walk_object(BODY_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                    else:
                                        b2 = False
                                        k2 = 0
                                        v = d2.get('to', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'destinations'), i1), FIELD_DESTINATION_TO)
                                            b2 = True
                                        else:
                                            k2 += 1
                                            if type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                                x2_0 = v
                                            else:
                                                seen += colons(v)
                                                x2_0 = RULE_DESTINATION_TO(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'to')
                                                if x2_0 is INVALID:
                                                    b2 = True
                                        v = d2.get('messageId', MISSING)
                                        if v is MISSING:
                                            x2_1 = None
                                        else:
                                            k2 += 1
                                            if type(v) is str and (len(v) <= 200) and (not dirty or v.isascii() or is_clean(v)):
                                                x2_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x2_1 = RULE_DESTINATION_MESSAGE_ID(v, R, ((((None, 'messages'), i0), 'destinations'), i1), 'messageId')
                                                if x2_1 is INVALID:
                                                    b2 = True
                                        seen += len(d2)
                                        if k2 != len(d2):
                                            unknown(BODY_DESTINATION, d2, R, ((((None, 'messages'), i0), 'destinations'), i1))
                                            b2 = True
                                            seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_DESTINATION)
                                        if b2:
                                            o2 = INVALID
                                        elif R.issues or R.more:
                                            o2 = UNBUILT
                                        else:
                                            o2 = new(MutableDestination)
                                            o2.to = x2_0
                                            o2.message_id = x2_1
                                            o2.__class__ = Destination
                                    if o2 is INVALID:
                                        b1 = True
                                    x1_3.append(o2)
                                x1_3 = tuple(x1_3)
                            else:
                                seen += colons(v)
                                x1_3 = RULE_ADVANCED_BINARY_MESSAGE_DESTINATIONS(v, R, ((None, 'messages'), i0), 'destinations')
                                if x1_3 is INVALID:
                                    b1 = True
                        v = d1.get('flash', MISSING)
                        if v is MISSING:
                            x1_4 = None
                        else:
                            k1 += 1
                            if type(v) is bool and (True):
                                x1_4 = v
                            else:
                                seen += colons(v)
                                x1_4 = RULE_ADVANCED_BINARY_MESSAGE_FLASH(v, R, ((None, 'messages'), i0), 'flash')
                                if x1_4 is INVALID:
                                    b1 = True
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_5 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_5 = v
                            else:
                                seen += colons(v)
                                x1_5 = RULE_ADVANCED_BINARY_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_5 is INVALID:
                                    b1 = True
                        v = d1.get('intermediateReport', MISSING)
                        if v is MISSING:
                            x1_6 = None
                        else:
                            k1 += 1
                            if type(v) is bool and (True):
                                x1_6 = v
                            else:
                                seen += colons(v)
                                x1_6 = RULE_ADVANCED_BINARY_MESSAGE_INTERMEDIATE_REPORT(v, R, ((None, 'messages'), i0), 'intermediateReport')
                                if x1_6 is INVALID:
                                    b1 = True
                        v = d1.get('notifyContentType', MISSING)
                        if v is MISSING:
                            x1_7 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v in ('application/json', 'application/xml')):
                                x1_7 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_7 = RULE_ADVANCED_BINARY_MESSAGE_NOTIFY_CONTENT_TYPE(v, R, ((None, 'messages'), i0), 'notifyContentType')
                                if x1_7 is INVALID:
                                    b1 = True
                        v = d1.get('notifyUrl', MISSING)
                        if v is MISSING:
                            x1_8 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                x1_8 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_8 = RULE_ADVANCED_BINARY_MESSAGE_NOTIFY_URL(v, R, ((None, 'messages'), i0), 'notifyUrl')
                                if x1_8 is INVALID:
                                    b1 = True
                        d2 = d1.get('regional', MISSING)
                        if d2 is MISSING:
                            x1_9 = None
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_SMS_REGIONAL, d2, R, (((None, 'messages'), i0), 'regional'))
                            else:
                                b2 = False
                                k2 = 0
                                d3 = d2.get('indiaDlt', MISSING)
                                if d3 is MISSING:
                                    x2_0 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_INDIA_DLT, d3, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('contentTemplateId', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_INDIA_DLT_CONTENT_TEMPLATE_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'contentTemplateId')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('principalEntityId', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), FIELD_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_INDIA_DLT_PRINCIPAL_ENTITY_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'principalEntityId')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        v = d3.get('telemarketerId', MISSING)
                                        if v is MISSING:
                                            x3_2 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_2 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_2 = RULE_SMS_INDIA_DLT_TELEMARKETER_ID(v, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'), 'telemarketerId')
                                                if x3_2 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_INDIA_DLT, d3, R, ((((None, 'messages'), i0), 'regional'), 'indiaDlt'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_INDIA_DLT)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsIndiaDlt)
                                            o3.content_template_id = x3_0
                                            o3.principal_entity_id = x3_1
                                            o3.telemarketer_id = x3_2
                                            o3.__class__ = SmsIndiaDlt
                                    x2_0 = o3
                                    if x2_0 is INVALID:
                                        b2 = True
                                d3 = d2.get('turkeyIys', MISSING)
                                if d3 is MISSING:
                                    x2_1 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_TURKEY_IYS, d3, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('brandCode', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x3_0 = v
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_TURKEY_IYS_BRAND_CODE(v, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), 'brandCode')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('recipientType', MISSING)
                                        if v is MISSING:
                                            missing(R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), FIELD_SMS_TURKEY_IYS_RECIPIENT_TYPE)
                                            b3 = True
                                        else:
                                            k3 += 1
                                            if type(v) is str and (v in ('BIREYSEL', 'TACIR')):
                                                x3_1 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_TURKEY_IYS_RECIPIENT_TYPE(v, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'), 'recipientType')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_TURKEY_IYS, d3, R, ((((None, 'messages'), i0), 'regional'), 'turkeyIys'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_TURKEY_IYS)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsTurkeyIys)
                                            o3.brand_code = x3_0
                                            o3.recipient_type = x3_1
                                            o3.__class__ = SmsTurkeyIys
                                    x2_1 = o3
                                    if x2_1 is INVALID:
                                        b2 = True
                                d3 = d2.get('southKorea', MISSING)
                                if d3 is MISSING:
                                    x2_2 = None
                                else:
                                    k2 += 1
                                    if type(d3) is not dict:
                                        seen += colons(d3)
                                        o3 = walk_object(BODY_SMS_SOUTH_KOREA, d3, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'))
                                    else:
                                        b3 = False
                                        k3 = 0
                                        v = d3.get('title', MISSING)
                                        if v is MISSING:
                                            x3_0 = None
                                        else:
                                            k3 += 1
                                            if type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v)):
                                                x3_0 = v
                                                if ':' in v:
                                                    seen += v.count(':')
                                            else:
                                                seen += colons(v)
                                                x3_0 = RULE_SMS_SOUTH_KOREA_TITLE(v, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'), 'title')
                                                if x3_0 is INVALID:
                                                    b3 = True
                                        v = d3.get('resellerCode', MISSING)
                                        if v is MISSING:
                                            x3_1 = None
                                        else:
                                            k3 += 1
                                            if type(v) is int and (-2147483648 <= v <= 2147483647):
                                                x3_1 = v
                                            else:
                                                seen += colons(v)
                                                x3_1 = RULE_SMS_SOUTH_KOREA_RESELLER_CODE(v, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'), 'resellerCode')
                                                if x3_1 is INVALID:
                                                    b3 = True
                                        seen += len(d3)
                                        if k3 != len(d3):
                                            unknown(BODY_SMS_SOUTH_KOREA, d3, R, ((((None, 'messages'), i0), 'regional'), 'southKorea'))
                                            b3 = True
                                            seen += sum(k.count(':') + colons(d3[k]) for k in d3 if k not in KNOWN_SMS_SOUTH_KOREA)
                                        if b3:
                                            o3 = INVALID
                                        elif R.issues or R.more:
                                            o3 = UNBUILT
                                        else:
                                            o3 = new(MutableSmsSouthKorea)
                                            o3.title = x3_0
                                            o3.reseller_code = x3_1
                                            o3.__class__ = SmsSouthKorea
                                    x2_2 = o3
                                    if x2_2 is INVALID:
                                        b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_SMS_REGIONAL, d2, R, (((None, 'messages'), i0), 'regional'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_SMS_REGIONAL)
                                if b2:
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableSmsRegional)
                                    o2.india_dlt = x2_0
                                    o2.turkey_iys = x2_1
                                    o2.south_korea = x2_2
                                    o2.__class__ = SmsRegional
                            x1_9 = o2
                            if x1_9 is INVALID:
                                b1 = True
                        v = d1.get('sendAt', MISSING)
                        if v is MISSING:
                            x1_10 = None
                        else:
                            k1 += 1
                            x1_10 = fast_timestamp(v)
                            if x1_10 is None:
                                seen += colons(v)
                                x1_10 = RULE_ADVANCED_BINARY_MESSAGE_SEND_AT(v, R, ((None, 'messages'), i0), 'sendAt')
                                if x1_10 is INVALID:
                                    b1 = True
                            else:
                                seen += v.count(':')
                        v = d1.get('validityPeriod', MISSING)
                        if v is MISSING:
                            x1_11 = None
                        else:
                            k1 += 1
                            if type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807):
                                x1_11 = v
                            else:
                                seen += colons(v)
                                x1_11 = RULE_ADVANCED_BINARY_MESSAGE_VALIDITY_PERIOD(v, R, ((None, 'messages'), i0), 'validityPeriod')
                                if x1_11 is INVALID:
                                    b1 = True
                        v = d1.get('entityId', MISSING)
                        if v is MISSING:
                            x1_12 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v)):
                                x1_12 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_12 = RULE_ADVANCED_BINARY_MESSAGE_ENTITY_ID(v, R, ((None, 'messages'), i0), 'entityId')
                                if x1_12 is INVALID:
                                    b1 = True
                        v = d1.get('applicationId', MISSING)
                        if v is MISSING:
                            x1_13 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 66) and (not dirty or v.isascii() or is_clean(v)):
                                x1_13 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_13 = RULE_ADVANCED_BINARY_MESSAGE_APPLICATION_ID(v, R, ((None, 'messages'), i0), 'applicationId')
                                if x1_13 is INVALID:
                                    b1 = True
                        v = d1.get('campaignReferenceId', MISSING)
                        if v is MISSING:
                            x1_14 = None
                        else:
                            k1 += 1
                            if type(v) is str and (len(v) <= 255) and (not dirty or v.isascii() or is_clean(v)):
                                x1_14 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_14 = RULE_ADVANCED_BINARY_MESSAGE_CAMPAIGN_REFERENCE_ID(v, R, ((None, 'messages'), i0), 'campaignReferenceId')
                                if x1_14 is INVALID:
                                    b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_ADVANCED_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_ADVANCED_BINARY_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableAdvancedBinaryMessage)
                            o1.binary = x1_0
                            o1.callback_data = x1_1
                            o1.delivery_time_window = x1_2
                            o1.destinations = x1_3
                            o1.flash = x1_4
                            o1.sender = x1_5
                            o1.intermediate_report = x1_6
                            o1.notify_content_type = x1_7
                            o1.notify_url = x1_8
                            o1.regional = x1_9
                            o1.send_at = x1_10
                            o1.validity_period = x1_11
                            o1.entity_id = x1_12
                            o1.application_id = x1_13
                            o1.campaign_reference_id = x1_14
                            o1.__class__ = AdvancedBinaryMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_1.append(o1)
                x0_1 = tuple(x0_1)
            else:
                seen += colons(v)
                x0_1 = RULE_BINARY_ADVANCED_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_1 is INVALID:
                    b0 = True
        d1 = d0.get('sendingSpeedLimit', MISSING)
        if d1 is MISSING:
            x0_2 = None
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_SMS_SPEED_LIMIT, d1, R, (None, 'sendingSpeedLimit'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('amount', MISSING)
                if v is MISSING:
                    missing(R, (None, 'sendingSpeedLimit'), FIELD_SMS_SPEED_LIMIT_AMOUNT)
                    b1 = True
                else:
                    k1 += 1
                    if type(v) is int and (-2147483648 <= v <= 2147483647):
                        x1_0 = v
                    else:
                        seen += colons(v)
                        x1_0 = RULE_SMS_SPEED_LIMIT_AMOUNT(v, R, (None, 'sendingSpeedLimit'), 'amount')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('timeUnit', MISSING)
                if v is MISSING:
                    x1_1 = None
                else:
                    k1 += 1
                    if type(v) is str and (v in ('DAY', 'HOUR', 'MINUTE')):
                        x1_1 = v
                        if ':' in v:
                            seen += v.count(':')
                    else:
                        seen += colons(v)
                        x1_1 = RULE_SMS_SPEED_LIMIT_TIME_UNIT(v, R, (None, 'sendingSpeedLimit'), 'timeUnit')
                        if x1_1 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_SMS_SPEED_LIMIT, d1, R, (None, 'sendingSpeedLimit'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_SMS_SPEED_LIMIT)
                if b1:
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableSmsSpeedLimit)
                    o1.amount = x1_0
                    o1.time_unit = x1_1
                    o1.__class__ = SmsSpeedLimit
            x0_2 = o1
            if x0_2 is INVALID:
                b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BINARY_ADVANCED_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BINARY_ADVANCED_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBinaryAdvancedRequest)
            o0.bulk_id = x0_0
            o0.messages = x0_1
            o0.sending_speed_limit = x0_2
            o0.__class__ = BinaryAdvancedRequest
    return o0, seen


def check_preview_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The PreviewRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_PREVIEW_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('text', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_PREVIEW_REQUEST_TEXT)
            b0 = True
        else:
            k0 += 1
            if type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v)):
                x0_0 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_0 = RULE_PREVIEW_REQUEST_TEXT(v, R, None, 'text')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('languageCode', MISSING)
        if v is MISSING:
            x0_1 = None
        else:
            k0 += 1
            if type(v) is str and (v in ('AUTODETECT', 'ES', 'PT', 'TR')):
                x0_1 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_1 = RULE_PREVIEW_REQUEST_LANGUAGE_CODE(v, R, None, 'languageCode')
                if x0_1 is INVALID:
                    b0 = True
        v = d0.get('transliteration', MISSING)
        if v is MISSING:
            x0_2 = None
        else:
            k0 += 1
            if type(v) is str and (v in ('ALL', 'BALTIC', 'BULGARIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'COLOMBIAN', 'CYRILLIC', 'GREEK', 'NONE', 'NON_UNICODE', 'PORTUGUESE', 'SERBIAN_CYRILLIC', 'TURKISH')):
                x0_2 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_2 = RULE_PREVIEW_REQUEST_TRANSLITERATION(v, R, None, 'transliteration')
                if x0_2 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_PREVIEW_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_PREVIEW_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutablePreviewRequest)
            o0.text = x0_0
            o0.language_code = x0_1
            o0.transliteration = x0_2
            o0.__class__ = PreviewRequest
    return o0, seen


def _encode_text_message(o: TextMessage) -> str:
    """The canonical JSON of a TextMessage, an item of an array."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.text
    return f'{{{ev0}"to":{wv1},"text":{encode_text(v2)}}}'


def encode_text_multi_request(o: TextMultiRequest) -> bytes:
    """The canonical JSON of a TextMultiRequest."""
    v0 = o.messages
    return b''.join((b'{"messages":[', b','.join([_encode_text_message(x).encode() for x in v0]), b']}'))


def _encode_binary_message(o: BinaryMessage) -> str:
    """The canonical JSON of a BinaryMessage, an item of an array."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.binary
    v2_0 = v2.hex
    v2_1 = v2.data_coding
    v2_2 = v2.esm_class
    return f'{{{ev0}"to":{wv1},"binary":{{"hex":"{v2_0.hex(" ")}","dataCoding":{v2_1},"esmClass":{v2_2}}}}}'


def encode_binary_multi_request(o: BinaryMultiRequest) -> bytes:
    """The canonical JSON of a BinaryMultiRequest."""
    v0 = o.messages
    return b''.join((b'{"messages":[', b','.join([_encode_binary_message(x).encode() for x in v0]), b']}'))


def encode_text_single_request(o: TextSingleRequest) -> bytes:
    """The canonical JSON of a TextSingleRequest."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.text
    return f'{{{ev0}"to":{wv1},"text":{encode_text(v2)}}}'.encode()


def encode_binary_single_request(o: BinarySingleRequest) -> bytes:
    """The canonical JSON of a BinarySingleRequest."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.binary
    v2_0 = v2.hex
    v2_1 = v2.data_coding
    v2_2 = v2.esm_class
    return f'{{{ev0}"to":{wv1},"binary":{{"hex":"{v2_0.hex(" ")}","dataCoding":{v2_1},"esmClass":{v2_2}}}}}'.encode()


def _encode_sent_message(o: SentMessage) -> str:
    """The canonical JSON of a SentMessage, an item of an array."""
    v0 = o.to
    ev0 = f'"to":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.status
    v1_0 = v1.group_id
    v1_1 = v1.group_name
    ev1_1 = f',"groupName":{encode_text(v1_1)}' if v1_1 is not None else ''
    v1_2 = v1.id
    v1_3 = v1.name
    ev1_3 = f',"name":{encode_text(v1_3)}' if v1_3 is not None else ''
    v1_4 = v1.description
    ev1_4 = f',"description":{encode_text(v1_4)}' if v1_4 is not None else ''
    v1_5 = v1.action
    ev1_5 = f',"action":{encode_text(v1_5)}' if v1_5 is not None else ''
    v2 = o.sms_count
    ev2 = f',"smsCount":{v2}' if v2 is not None else ''
    v3 = o.message_id
    return f'{{{ev0}"status":{{"groupId":{v1_0}{ev1_1},"id":{v1_2}{ev1_3}{ev1_4}{ev1_5}}}{ev2},"messageId":{encode_text(v3)}}}'


def encode_sms_response(o: SmsResponse) -> bytes:
    """The canonical JSON of a SmsResponse."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.messages
    return b''.join((f'{{{ev0}"messages":['.encode(), b','.join([_encode_sent_message(x).encode() for x in v1]), b']}'))


def encode_request_error(o: RequestError) -> bytes:
    """The canonical JSON of a RequestError."""
    v0 = o.service_exception
    v0_0 = v0.message_id
    v0_1 = v0.text
    ev0_1 = f',"text":{encode_text(v0_1)}' if v0_1 is not None else ''
    v0_2 = v0.validation_errors
    ev0_2 = f',"validationErrors":{string_lists_json(v0_2)}' if v0_2 is not None else ''
    return f'{{"serviceException":{{"messageId":{encode_text(v0_0)}{ev0_1}{ev0_2}}}}}'.encode()


def encode_bulk_schedule(o: BulkSchedule) -> bytes:
    """The canonical JSON of a BulkSchedule."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.send_at
    ev1 = f'"sendAt":"{timestamp_text(v1)}"' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'.encode()


def encode_bulk_reschedule_request(o: BulkRescheduleRequest) -> bytes:
    """The canonical JSON of a BulkRescheduleRequest."""
    v0 = o.send_at
    return f'{{"sendAt":"{timestamp_text(v0)}"}}'.encode()


def encode_bulk_status(o: BulkStatus) -> bytes:
    """The canonical JSON of a BulkStatus."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.status
    ev1 = f'"status":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'.encode()


def encode_bulk_status_update_request(o: BulkStatusUpdateRequest) -> bytes:
    """The canonical JSON of a BulkStatusUpdateRequest."""
    v0 = o.status
    return f'{{"status":{encode_text(v0)}}}'.encode()


def _encode_sms_speed_limit(o: SmsSpeedLimit) -> str:
    """The canonical JSON of a SmsSpeedLimit, an item of an array."""
    v0 = o.amount
    v1 = o.time_unit
    ev1 = f',"timeUnit":{encode_text(v1)}' if v1 is not None else ''
    return f'{{"amount":{v0}{ev1}}}'


def _encode_sms_schedule(o: SmsSchedule) -> str:
    """The canonical JSON of a SmsSchedule, an item of an array."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.send_at
    ev1 = f'"sendAt":"{timestamp_text(v1)}"' if v1 is not None else ''
    v2 = o.sending_speed_limit
    ev2 = f'"sendingSpeedLimit":{_encode_sms_speed_limit(v2)}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_sms_tracking(o: SmsTracking) -> str:
    """The canonical JSON of a SmsTracking, an item of an array."""
    v0 = o.shorten_url
    ev0 = f'"shortenUrl":{"true" if v0 else "false"}' if v0 is not None else ''
    v1 = o.track_clicks
    ev1 = f'"trackClicks":{"true" if v1 else "false"}' if v1 is not None else ''
    v2 = o.tracking_url
    ev2 = f'"trackingUrl":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.remove_protocol
    ev3 = f'"removeProtocol":{"true" if v3 else "false"}' if v3 is not None else ''
    v4 = o.custom_domain
    ev4 = f'"customDomain":{encode_text(v4)}' if v4 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2, ev3, ev4,)))}}}'


def _encode_sms_conversion_tracking(o: SmsConversionTracking) -> str:
    """The canonical JSON of a SmsConversionTracking, an item of an array."""
    v0 = o.use_conversion_tracking
    ev0 = f'"useConversionTracking":{"true" if v0 else "false"}' if v0 is not None else ''
    v1 = o.conversion_tracking_name
    ev1 = f'"conversionTrackingName":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_sms_request_options(o: SmsRequestOptions) -> str:
    """The canonical JSON of a SmsRequestOptions, an item of an array."""
    v0 = o.schedule
    ev0 = f'"schedule":{_encode_sms_schedule(v0)}' if v0 is not None else ''
    v1 = o.tracking
    ev1 = f'"tracking":{_encode_sms_tracking(v1)}' if v1 is not None else ''
    v2 = o.include_sms_count_in_response
    ev2 = f'"includeSmsCountInResponse":{"true" if v2 else "false"}' if v2 is not None else ''
    v3 = o.conversion_tracking
    ev3 = f'"conversionTracking":{_encode_sms_conversion_tracking(v3)}' if v3 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2, ev3,)))}}}'


def _encode_sms_destination(o: SmsDestination) -> str:
    """The canonical JSON of a SmsDestination, an item of an array."""
    v0 = o.to
    v1 = o.message_id
    ev1 = f',"messageId":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.network_id
    ev2 = f',"networkId":{v2}' if v2 is not None else ''
    return f'{{"to":"{v0}"{ev1}{ev2}}}'


def _encode_sms_language(o: SmsLanguage) -> str:
    """The canonical JSON of a SmsLanguage, an item of an array."""
    v0 = o.language_code
    ev0 = f'"languageCode":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.single_shift
    ev1 = f'"singleShift":{"true" if v1 else "false"}' if v1 is not None else ''
    v2 = o.locking_shift
    ev2 = f'"lockingShift":{"true" if v2 else "false"}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_sms_text_content(o: SmsTextContent) -> str:
    """The canonical JSON of a SmsTextContent, an item of an array."""
    v0 = o.text
    v1 = o.transliteration
    ev1 = f',"transliteration":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.language
    ev2 = f',"language":{_encode_sms_language(v2)}' if v2 is not None else ''
    return f'{{"text":{encode_text(v0)}{ev1}{ev2}}}'


def _encode_binary_content(o: BinaryContent) -> str:
    """The canonical JSON of a BinaryContent, an item of an array."""
    v0 = o.hex
    v1 = o.data_coding
    v2 = o.esm_class
    return f'{{"hex":"{v0.hex(" ")}","dataCoding":{v1},"esmClass":{v2}}}'


def _encode_sms_platform(o: SmsPlatform) -> str:
    """The canonical JSON of a SmsPlatform, an item of an array."""
    v0 = o.entity_id
    ev0 = f'"entityId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.application_id
    ev1 = f'"applicationId":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_sms_validity_period(o: SmsValidityPeriod) -> str:
    """The canonical JSON of a SmsValidityPeriod, an item of an array."""
    v0 = o.amount
    v1 = o.time_unit
    ev1 = f',"timeUnit":{encode_text(v1)}' if v1 is not None else ''
    return f'{{"amount":{v0}{ev1}}}'


def _encode_sms_delivery_time(o: SmsDeliveryTime) -> str:
    """The canonical JSON of a SmsDeliveryTime, an item of an array."""
    v0 = o.hour
    v1 = o.minute
    return f'{{"hour":{v0},"minute":{v1}}}'


def _encode_sms_delivery_time_window(o: SmsDeliveryTimeWindow) -> str:
    """The canonical JSON of a SmsDeliveryTimeWindow, an item of an array."""
    v0 = o.days
    wv0 = '["' + '","'.join(v0) + '"]'
    v1 = o.start
    ev1 = f',"from":{_encode_sms_delivery_time(v1)}' if v1 is not None else ''
    v2 = o.end
    ev2 = f',"to":{_encode_sms_delivery_time(v2)}' if v2 is not None else ''
    return f'{{"days":{wv0}{ev1}{ev2}}}'


def _encode_sms_india_dlt(o: SmsIndiaDlt) -> str:
    """The canonical JSON of a SmsIndiaDlt, an item of an array."""
    v0 = o.content_template_id
    ev0 = f'"contentTemplateId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.principal_entity_id
    v2 = o.telemarketer_id
    ev2 = f',"telemarketerId":{encode_text(v2)}' if v2 is not None else ''
    return f'{{{ev0}"principalEntityId":{encode_text(v1)}{ev2}}}'


def _encode_sms_turkey_iys(o: SmsTurkeyIys) -> str:
    """The canonical JSON of a SmsTurkeyIys, an item of an array."""
    v0 = o.brand_code
    ev0 = f'"brandCode":{v0},' if v0 is not None else ''
    v1 = o.recipient_type
    return f'{{{ev0}"recipientType":{encode_text(v1)}}}'


def _encode_sms_south_korea(o: SmsSouthKorea) -> str:
    """The canonical JSON of a SmsSouthKorea, an item of an array."""
    v0 = o.title
    ev0 = f'"title":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.reseller_code
    ev1 = f'"resellerCode":{v1}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_sms_regional(o: SmsRegional) -> str:
    """The canonical JSON of a SmsRegional, an item of an array."""
    v0 = o.india_dlt
    ev0 = f'"indiaDlt":{_encode_sms_india_dlt(v0)}' if v0 is not None else ''
    v1 = o.turkey_iys
    ev1 = f'"turkeyIys":{_encode_sms_turkey_iys(v1)}' if v1 is not None else ''
    v2 = o.south_korea
    ev2 = f'"southKorea":{_encode_sms_south_korea(v2)}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_sms_message_options(o: SmsMessageOptions) -> str:
    """The canonical JSON of a SmsMessageOptions, an item of an array."""
    v0 = o.platform
    ev0 = f'"platform":{_encode_sms_platform(v0)}' if v0 is not None else ''
    v1 = o.validity_period
    ev1 = f'"validityPeriod":{_encode_sms_validity_period(v1)}' if v1 is not None else ''
    v2 = o.delivery_time_window
    ev2 = f'"deliveryTimeWindow":{_encode_sms_delivery_time_window(v2)}' if v2 is not None else ''
    v3 = o.campaign_reference_id
    ev3 = f'"campaignReferenceId":{encode_text(v3)}' if v3 is not None else ''
    v4 = o.regional
    ev4 = f'"regional":{_encode_sms_regional(v4)}' if v4 is not None else ''
    v5 = o.flash
    ev5 = f'"flash":{"true" if v5 else "false"}' if v5 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2, ev3, ev4, ev5,)))}}}'


def _encode_sms_delivery_webhook(o: SmsDeliveryWebhook) -> str:
    """The canonical JSON of a SmsDeliveryWebhook, an item of an array."""
    v0 = o.url
    ev0 = f'"url":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.intermediate_report
    ev1 = f'"intermediateReport":{"true" if v1 else "false"}' if v1 is not None else ''
    v2 = o.notify
    ev2 = f'"notify":{"true" if v2 else "false"}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_sms_webhooks(o: SmsWebhooks) -> str:
    """The canonical JSON of a SmsWebhooks, an item of an array."""
    v0 = o.delivery
    ev0 = f'"delivery":{_encode_sms_delivery_webhook(v0)}' if v0 is not None else ''
    v1 = o.content_type
    ev1 = f'"contentType":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.callback_data
    ev2 = f'"callbackData":{encode_text(v2)}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_sms_message(o: SmsMessage) -> str:
    """The canonical JSON of a SmsMessage, an item of an array."""
    v0 = o.sender
    ev0 = f'"sender":"{v0}",' if v0 is not None else ''
    v1 = o.destinations
    v2 = o.content
    v3 = o.options
    ev3 = f',"options":{_encode_sms_message_options(v3)}' if v3 is not None else ''
    v4 = o.webhooks
    ev4 = f',"webhooks":{_encode_sms_webhooks(v4)}' if v4 is not None else ''
    return f'{{{ev0}"destinations":[{",".join([_encode_sms_destination(x) for x in v1])}],"content":{_encode_sms_text_content(v2) if isinstance(v2, SmsTextContent) else _encode_binary_content(v2)}{ev3}{ev4}}}'


def encode_v3_messages_request(o: MessagesRequest) -> bytes:
    """The canonical JSON of a MessagesRequest."""
    v0 = o.messages
    v1 = o.options
    ev1 = f',"options":{_encode_sms_request_options(v1)}' if v1 is not None else ''
    return b''.join((b'{"messages":[', b','.join([_encode_sms_message(x).encode() for x in v0]), f']{ev1}}}'.encode()))


def _encode_message_details(o: MessageDetails) -> str:
    """The canonical JSON of a MessageDetails, an item of an array."""
    v0 = o.message_count
    ev0 = f'"messageCount":{v0}' if v0 is not None else ''
    return f'{{{",".join(filter(None, (ev0,)))}}}'


def _encode_sent_message_v3(o: SentMessageV3) -> str:
    """The canonical JSON of a SentMessageV3, an item of an array."""
    v0 = o.message_id
    v1 = o.status
    v1_0 = v1.group_id
    v1_1 = v1.group_name
    ev1_1 = f',"groupName":{encode_text(v1_1)}' if v1_1 is not None else ''
    v1_2 = v1.id
    v1_3 = v1.name
    ev1_3 = f',"name":{encode_text(v1_3)}' if v1_3 is not None else ''
    v1_4 = v1.description
    ev1_4 = f',"description":{encode_text(v1_4)}' if v1_4 is not None else ''
    v1_5 = v1.action
    ev1_5 = f',"action":{encode_text(v1_5)}' if v1_5 is not None else ''
    v2 = o.destination
    ev2 = f',"destination":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.details
    ev3 = f',"details":{_encode_message_details(v3)}' if v3 is not None else ''
    return f'{{"messageId":{encode_text(v0)},"status":{{"groupId":{v1_0}{ev1_1},"id":{v1_2}{ev1_3}{ev1_4}{ev1_5}}}{ev2}{ev3}}}'


def encode_v3_messages_response(o: MessagesResponse) -> bytes:
    """The canonical JSON of a MessagesResponse."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.messages
    return b''.join((f'{{{ev0}"messages":['.encode(), b','.join([_encode_sent_message_v3(x).encode() for x in v1]), b']}'))


def _encode_api_error_violation(o: ApiErrorViolation) -> str:
    """The canonical JSON of a ApiErrorViolation, an item of an array."""
    v0 = o.property
    ev0 = f'"property":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.violation
    ev1 = f'"violation":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_api_error_resource(o: ApiErrorResource) -> str:
    """The canonical JSON of a ApiErrorResource, an item of an array."""
    v0 = o.name
    ev0 = f'"name":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.url
    ev1 = f'"url":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def encode_api_error(o: ApiError) -> bytes:
    """The canonical JSON of a ApiError."""
    v0 = o.error_code
    v1 = o.description
    ev1 = f',"description":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.action
    ev2 = f',"action":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.violations
    ev3 = f',"violations":[{",".join([_encode_api_error_violation(x) for x in v3])}]' if v3 is not None else ''
    v4 = o.resources
    ev4 = f',"resources":[{",".join([_encode_api_error_resource(x) for x in v4])}]' if v4 is not None else ''
    return f'{{"errorCode":{encode_text(v0)}{ev1}{ev2}{ev3}{ev4}}}'.encode()


def _encode_tracking(o: Tracking) -> str:
    """The canonical JSON of a Tracking, an item of an array."""
    v0 = o.base_url
    ev0 = f'"baseUrl":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.process_key
    ev1 = f'"processKey":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.track
    ev2 = f'"track":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.type
    ev3 = f'"type":{encode_text(v3)}' if v3 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2, ev3,)))}}}'


def _encode_destination(o: Destination) -> str:
    """The canonical JSON of a Destination, an item of an array."""
    v0 = o.to
    v1 = o.message_id
    ev1 = f',"messageId":{encode_text(v1)}' if v1 is not None else ''
    return f'{{"to":"{v0}"{ev1}}}'


def _encode_advanced_text_message(o: AdvancedTextMessage) -> str:
    """The canonical JSON of a AdvancedTextMessage, an item of an array."""
    v0 = o.callback_data
    ev0 = f'"callbackData":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.delivery_time_window
    ev1 = f'"deliveryTimeWindow":{_encode_sms_delivery_time_window(v1)},' if v1 is not None else ''
    v2 = o.destinations
    v3 = o.flash
    ev3 = f',"flash":{"true" if v3 else "false"}' if v3 is not None else ''
    v4 = o.sender
    ev4 = f',"from":"{v4}"' if v4 is not None else ''
    v5 = o.intermediate_report
    ev5 = f',"intermediateReport":{"true" if v5 else "false"}' if v5 is not None else ''
    v6 = o.language
    ev6 = f',"language":{_encode_sms_language(v6)}' if v6 is not None else ''
    v7 = o.notify_content_type
    ev7 = f',"notifyContentType":{encode_text(v7)}' if v7 is not None else ''
    v8 = o.notify_url
    ev8 = f',"notifyUrl":{encode_text(v8)}' if v8 is not None else ''
    v9 = o.regional
    ev9 = f',"regional":{_encode_sms_regional(v9)}' if v9 is not None else ''
    v10 = o.send_at
    ev10 = f',"sendAt":"{timestamp_text(v10)}"' if v10 is not None else ''
    v11 = o.text
    ev11 = f',"text":{encode_text(v11)}' if v11 is not None else ''
    v12 = o.transliteration
    ev12 = f',"transliteration":{encode_text(v12)}' if v12 is not None else ''
    v13 = o.validity_period
    ev13 = f',"validityPeriod":{v13}' if v13 is not None else ''
    v14 = o.entity_id
    ev14 = f',"entityId":{encode_text(v14)}' if v14 is not None else ''
    v15 = o.application_id
    ev15 = f',"applicationId":{encode_text(v15)}' if v15 is not None else ''
    v16 = o.campaign_reference_id
    ev16 = f',"campaignReferenceId":{encode_text(v16)}' if v16 is not None else ''
    return f'{{{ev0}{ev1}"destinations":[{",".join([_encode_destination(x) for x in v2])}]{ev3}{ev4}{ev5}{ev6}{ev7}{ev8}{ev9}{ev10}{ev11}{ev12}{ev13}{ev14}{ev15}{ev16}}}'


def encode_text_advanced_request(o: TextAdvancedRequest) -> bytes:
    """The canonical JSON of a TextAdvancedRequest."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.messages
    v2 = o.sending_speed_limit
    ev2 = f',"sendingSpeedLimit":{_encode_sms_speed_limit(v2)}' if v2 is not None else ''
    v3 = o.url_options
    ev3 = f',"urlOptions":{_encode_sms_tracking(v3)}' if v3 is not None else ''
    v4 = o.tracking
    ev4 = f',"tracking":{_encode_tracking(v4)}' if v4 is not None else ''
    v5 = o.include_sms_count_in_response
    ev5 = f',"includeSmsCountInResponse":{"true" if v5 else "false"}' if v5 is not None else ''
    return b''.join((f'{{{ev0}"messages":['.encode(), b','.join([_encode_advanced_text_message(x).encode() for x in v1]), f']{ev2}{ev3}{ev4}{ev5}}}'.encode()))


def _encode_advanced_binary_message(o: AdvancedBinaryMessage) -> str:
    """The canonical JSON of a AdvancedBinaryMessage, an item of an array."""
    v0 = o.binary
    ev0 = f'"binary":{_encode_binary_content(v0)},' if v0 is not None else ''
    v1 = o.callback_data
    ev1 = f'"callbackData":{encode_text(v1)},' if v1 is not None else ''
    v2 = o.delivery_time_window
    ev2 = f'"deliveryTimeWindow":{_encode_sms_delivery_time_window(v2)},' if v2 is not None else ''
    v3 = o.destinations
    v4 = o.flash
    ev4 = f',"flash":{"true" if v4 else "false"}' if v4 is not None else ''
    v5 = o.sender
    ev5 = f',"from":"{v5}"' if v5 is not None else ''
    v6 = o.intermediate_report
    ev6 = f',"intermediateReport":{"true" if v6 else "false"}' if v6 is not None else ''
    v7 = o.notify_content_type
    ev7 = f',"notifyContentType":{encode_text(v7)}' if v7 is not None else ''
    v8 = o.notify_url
    ev8 = f',"notifyUrl":{encode_text(v8)}' if v8 is not None else ''
    v9 = o.regional
    ev9 = f',"regional":{_encode_sms_regional(v9)}' if v9 is not None else ''
    v10 = o.send_at
    ev10 = f',"sendAt":"{timestamp_text(v10)}"' if v10 is not None else ''
    v11 = o.validity_period
    ev11 = f',"validityPeriod":{v11}' if v11 is not None else ''
    v12 = o.entity_id
    ev12 = f',"entityId":{encode_text(v12)}' if v12 is not None else ''
    v13 = o.application_id
    ev13 = f',"applicationId":{encode_text(v13)}' if v13 is not None else ''
    v14 = o.campaign_reference_id
    ev14 = f',"campaignReferenceId":{encode_text(v14)}' if v14 is not None else ''
    return f'{{{ev0}{ev1}{ev2}"destinations":[{",".join([_encode_destination(x) for x in v3])}]{ev4}{ev5}{ev6}{ev7}{ev8}{ev9}{ev10}{ev11}{ev12}{ev13}{ev14}}}'


def encode_binary_advanced_request(o: BinaryAdvancedRequest) -> bytes:
    """The canonical JSON of a BinaryAdvancedRequest."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.messages
    v2 = o.sending_speed_limit
    ev2 = f',"sendingSpeedLimit":{_encode_sms_speed_limit(v2)}' if v2 is not None else ''
    return b''.join((f'{{{ev0}"messages":['.encode(), b','.join([_encode_advanced_binary_message(x).encode() for x in v1]), f']{ev2}}}'.encode()))


def encode_preview_request(o: PreviewRequest) -> bytes:
    """The canonical JSON of a PreviewRequest."""
    v0 = o.text
    v1 = o.language_code
    ev1 = f',"languageCode":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.transliteration
    ev2 = f',"transliteration":{encode_text(v2)}' if v2 is not None else ''
    return f'{{"text":{encode_text(v0)}{ev1}{ev2}}}'.encode()


def _encode_preview_language(o: PreviewLanguage) -> str:
    """The canonical JSON of a PreviewLanguage, an item of an array."""
    v0 = o.language_code
    ev0 = f'"languageCode":{encode_text(v0)}' if v0 is not None else ''
    return f'{{{",".join(filter(None, (ev0,)))}}}'


def _encode_preview_configuration(o: PreviewConfiguration) -> str:
    """The canonical JSON of a PreviewConfiguration, an item of an array."""
    v0 = o.language
    ev0 = f'"language":{_encode_preview_language(v0)}' if v0 is not None else ''
    v1 = o.transliteration
    ev1 = f'"transliteration":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_preview(o: Preview) -> str:
    """The canonical JSON of a Preview, an item of an array."""
    v0 = o.text_preview
    ev0 = f'"textPreview":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.message_count
    ev1 = f'"messageCount":{v1}' if v1 is not None else ''
    v2 = o.characters_remaining
    ev2 = f'"charactersRemaining":{v2}' if v2 is not None else ''
    v3 = o.configuration
    ev3 = f'"configuration":{_encode_preview_configuration(v3)}' if v3 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2, ev3,)))}}}'


def encode_preview_response(o: PreviewResponse) -> bytes:
    """The canonical JSON of a PreviewResponse."""
    v0 = o.original_text
    ev0 = f'"originalText":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.previews
    ev1 = f'"previews":[{",".join([_encode_preview(x) for x in v1])}]' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'.encode()


def _encode_price(o: Price) -> str:
    """The canonical JSON of a Price, an item of an array."""
    v0 = o.price_per_message
    ev0 = f'"pricePerMessage":{decimal_text(v0)}' if v0 is not None else ''
    v1 = o.currency
    ev1 = f'"currency":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_message_error(o: MessageError) -> str:
    """The canonical JSON of a MessageError, an item of an array."""
    v0 = o.group_id
    v1 = o.group_name
    ev1 = f',"groupName":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.id
    v3 = o.name
    ev3 = f',"name":{encode_text(v3)}' if v3 is not None else ''
    v4 = o.description
    ev4 = f',"description":{encode_text(v4)}' if v4 is not None else ''
    v5 = o.permanent
    ev5 = f',"permanent":{"true" if v5 else "false"}' if v5 is not None else ''
    return f'{{"groupId":{v0}{ev1},"id":{v2}{ev3}{ev4}{ev5}}}'


def _encode_delivery_report(o: DeliveryReport) -> str:
    """The canonical JSON of a DeliveryReport, an item of an array."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.message_id
    v2 = o.to
    ev2 = f',"to":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.sender
    ev3 = f',"from":{encode_text(v3)}' if v3 is not None else ''
    v4 = o.sent_at
    ev4 = f',"sentAt":"{timestamp_text(v4)}"' if v4 is not None else ''
    v5 = o.done_at
    ev5 = f',"doneAt":"{timestamp_text(v5)}"' if v5 is not None else ''
    v6 = o.sms_count
    ev6 = f',"smsCount":{v6}' if v6 is not None else ''
    v7 = o.mcc_mnc
    ev7 = f',"mccMnc":{encode_text(v7)}' if v7 is not None else ''
    v8 = o.callback_data
    ev8 = f',"callbackData":{encode_text(v8)}' if v8 is not None else ''
    v9 = o.price
    ev9 = f',"price":{_encode_price(v9)}' if v9 is not None else ''
    v10 = o.status
    v10_0 = v10.group_id
    v10_1 = v10.group_name
    ev10_1 = f',"groupName":{encode_text(v10_1)}' if v10_1 is not None else ''
    v10_2 = v10.id
    v10_3 = v10.name
    ev10_3 = f',"name":{encode_text(v10_3)}' if v10_3 is not None else ''
    v10_4 = v10.description
    ev10_4 = f',"description":{encode_text(v10_4)}' if v10_4 is not None else ''
    v10_5 = v10.action
    ev10_5 = f',"action":{encode_text(v10_5)}' if v10_5 is not None else ''
    v11 = o.error
    ev11 = f',"error":{_encode_message_error(v11)}' if v11 is not None else ''
    v12 = o.entity_id
    ev12 = f',"entityId":{encode_text(v12)}' if v12 is not None else ''
    v13 = o.application_id
    ev13 = f',"applicationId":{encode_text(v13)}' if v13 is not None else ''
    v14 = o.campaign_reference_id
    ev14 = f',"campaignReferenceId":{encode_text(v14)}' if v14 is not None else ''
    return f'{{{ev0}"messageId":{encode_text(v1)}{ev2}{ev3}{ev4}{ev5}{ev6}{ev7}{ev8}{ev9},"status":{{"groupId":{v10_0}{ev10_1},"id":{v10_2}{ev10_3}{ev10_4}{ev10_5}}}{ev11}{ev12}{ev13}{ev14}}}'


def encode_delivery_reports(o: DeliveryReports) -> bytes:
    """The canonical JSON of a DeliveryReports."""
    v0 = o.results
    return f'{{"results":[{",".join([_encode_delivery_report(x) for x in v0])}]}}'.encode()


def _encode_message_platform(o: MessagePlatform) -> str:
    """The canonical JSON of a MessagePlatform, an item of an array."""
    v0 = o.entity_id
    ev0 = f'"entityId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.application_id
    ev1 = f'"applicationId":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def _encode_delivery_report_v3(o: DeliveryReportV3) -> str:
    """The canonical JSON of a DeliveryReportV3, an item of an array."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.price
    ev1 = f'"price":{_encode_price(v1)},' if v1 is not None else ''
    v2 = o.status
    v2_0 = v2.group_id
    v2_1 = v2.group_name
    ev2_1 = f',"groupName":{encode_text(v2_1)}' if v2_1 is not None else ''
    v2_2 = v2.id
    v2_3 = v2.name
    ev2_3 = f',"name":{encode_text(v2_3)}' if v2_3 is not None else ''
    v2_4 = v2.description
    ev2_4 = f',"description":{encode_text(v2_4)}' if v2_4 is not None else ''
    v2_5 = v2.action
    ev2_5 = f',"action":{encode_text(v2_5)}' if v2_5 is not None else ''
    v3 = o.error
    ev3 = f',"error":{_encode_message_error(v3)}' if v3 is not None else ''
    v4 = o.message_id
    v5 = o.to
    ev5 = f',"to":{encode_text(v5)}' if v5 is not None else ''
    v6 = o.sender
    ev6 = f',"sender":{encode_text(v6)}' if v6 is not None else ''
    v7 = o.sent_at
    ev7 = f',"sentAt":"{timestamp_text(v7)}"' if v7 is not None else ''
    v8 = o.done_at
    ev8 = f',"doneAt":"{timestamp_text(v8)}"' if v8 is not None else ''
    v9 = o.message_count
    ev9 = f',"messageCount":{v9}' if v9 is not None else ''
    v10 = o.mcc_mnc
    ev10 = f',"mccMnc":{encode_text(v10)}' if v10 is not None else ''
    v11 = o.callback_data
    ev11 = f',"callbackData":{encode_text(v11)}' if v11 is not None else ''
    v12 = o.platform
    ev12 = f',"platform":{_encode_message_platform(v12)}' if v12 is not None else ''
    v13 = o.campaign_reference_id
    ev13 = f',"campaignReferenceId":{encode_text(v13)}' if v13 is not None else ''
    return f'{{{ev0}{ev1}"status":{{"groupId":{v2_0}{ev2_1},"id":{v2_2}{ev2_3}{ev2_4}{ev2_5}}}{ev3},"messageId":{encode_text(v4)}{ev5}{ev6}{ev7}{ev8}{ev9}{ev10}{ev11}{ev12}{ev13}}}'


def encode_v3_delivery_reports(o: DeliveryReportsV3) -> bytes:
    """The canonical JSON of a DeliveryReportsV3."""
    v0 = o.results
    return f'{{"results":[{",".join([_encode_delivery_report_v3(x) for x in v0])}]}}'.encode()


def _encode_message_log(o: MessageLog) -> str:
    """The canonical JSON of a MessageLog, an item of an array."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.message_id
    v2 = o.to
    ev2 = f',"to":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.sender
    ev3 = f',"from":{encode_text(v3)}' if v3 is not None else ''
    v4 = o.text
    ev4 = f',"text":{encode_text(v4)}' if v4 is not None else ''
    v5 = o.sent_at
    ev5 = f',"sentAt":"{timestamp_text(v5)}"' if v5 is not None else ''
    v6 = o.done_at
    ev6 = f',"doneAt":"{timestamp_text(v6)}"' if v6 is not None else ''
    v7 = o.sms_count
    ev7 = f',"smsCount":{v7}' if v7 is not None else ''
    v8 = o.mcc_mnc
    ev8 = f',"mccMnc":{encode_text(v8)}' if v8 is not None else ''
    v9 = o.price
    ev9 = f',"price":{_encode_price(v9)}' if v9 is not None else ''
    v10 = o.status
    v10_0 = v10.group_id
    v10_1 = v10.group_name
    ev10_1 = f',"groupName":{encode_text(v10_1)}' if v10_1 is not None else ''
    v10_2 = v10.id
    v10_3 = v10.name
    ev10_3 = f',"name":{encode_text(v10_3)}' if v10_3 is not None else ''
    v10_4 = v10.description
    ev10_4 = f',"description":{encode_text(v10_4)}' if v10_4 is not None else ''
    v10_5 = v10.action
    ev10_5 = f',"action":{encode_text(v10_5)}' if v10_5 is not None else ''
    v11 = o.error
    ev11 = f',"error":{_encode_message_error(v11)}' if v11 is not None else ''
    v12 = o.application_id
    ev12 = f',"applicationId":{encode_text(v12)}' if v12 is not None else ''
    v13 = o.entity_id
    ev13 = f',"entityId":{encode_text(v13)}' if v13 is not None else ''
    v14 = o.campaign_reference_id
    ev14 = f',"campaignReferenceId":{encode_text(v14)}' if v14 is not None else ''
    return f'{{{ev0}"messageId":{encode_text(v1)}{ev2}{ev3}{ev4}{ev5}{ev6}{ev7}{ev8}{ev9},"status":{{"groupId":{v10_0}{ev10_1},"id":{v10_2}{ev10_3}{ev10_4}{ev10_5}}}{ev11}{ev12}{ev13}{ev14}}}'


def encode_message_logs(o: MessageLogs) -> bytes:
    """The canonical JSON of a MessageLogs."""
    v0 = o.results
    return f'{{"results":[{",".join([_encode_message_log(x) for x in v0])}]}}'.encode()


def _encode_log_language(o: LogLanguage) -> str:
    """The canonical JSON of a LogLanguage, an item of an array."""
    v0 = o.language_code
    ev0 = f'"languageCode":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.single_shift
    ev1 = f'"singleShift":{"true" if v1 else "false"}' if v1 is not None else ''
    v2 = o.locking_shift
    ev2 = f'"lockingShift":{"true" if v2 else "false"}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_log_text_content(o: LogTextContent) -> str:
    """The canonical JSON of a LogTextContent, an item of an array."""
    v0 = o.text
    v1 = o.transliteration
    ev1 = f',"transliteration":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.language
    ev2 = f',"language":{_encode_log_language(v2)}' if v2 is not None else ''
    return f'{{"text":{encode_text(v0)}{ev1}{ev2}}}'


def _encode_log_binary_content(o: LogBinaryContent) -> str:
    """The canonical JSON of a LogBinaryContent, an item of an array."""
    v0 = o.hex
    v1 = o.data_coding
    ev1 = f',"dataCoding":{v1}' if v1 is not None else ''
    v2 = o.esm_class
    ev2 = f',"esmClass":{v2}' if v2 is not None else ''
    return f'{{"hex":{encode_text(v0)}{ev1}{ev2}}}'


def _encode_message_log_v3(o: MessageLogV3) -> str:
    """The canonical JSON of a MessageLogV3, an item of an array."""
    v0 = o.sender
    ev0 = f'"sender":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.destination
    ev1 = f'"destination":{encode_text(v1)},' if v1 is not None else ''
    v2 = o.bulk_id
    ev2 = f'"bulkId":{encode_text(v2)},' if v2 is not None else ''
    v3 = o.message_id
    v4 = o.sent_at
    ev4 = f',"sentAt":"{timestamp_text(v4)}"' if v4 is not None else ''
    v5 = o.done_at
    ev5 = f',"doneAt":"{timestamp_text(v5)}"' if v5 is not None else ''
    v6 = o.message_count
    ev6 = f',"messageCount":{v6}' if v6 is not None else ''
    v7 = o.price
    ev7 = f',"price":{_encode_price(v7)}' if v7 is not None else ''
    v8 = o.status
    v8_0 = v8.group_id
    v8_1 = v8.group_name
    ev8_1 = f',"groupName":{encode_text(v8_1)}' if v8_1 is not None else ''
    v8_2 = v8.id
    v8_3 = v8.name
    ev8_3 = f',"name":{encode_text(v8_3)}' if v8_3 is not None else ''
    v8_4 = v8.description
    ev8_4 = f',"description":{encode_text(v8_4)}' if v8_4 is not None else ''
    v8_5 = v8.action
    ev8_5 = f',"action":{encode_text(v8_5)}' if v8_5 is not None else ''
    v9 = o.error
    ev9 = f',"error":{_encode_message_error(v9)}' if v9 is not None else ''
    v10 = o.platform
    ev10 = f',"platform":{_encode_message_platform(v10)}' if v10 is not None else ''
    v11 = o.content
    ev11 = f',"content":{_encode_log_text_content(v11) if isinstance(v11, LogTextContent) else _encode_log_binary_content(v11)}' if v11 is not None else ''
    v12 = o.campaign_reference_id
    ev12 = f',"campaignReferenceId":{encode_text(v12)}' if v12 is not None else ''
    v13 = o.mcc_mnc
    ev13 = f',"mccMnc":{encode_text(v13)}' if v13 is not None else ''
    return f'{{{ev0}{ev1}{ev2}"messageId":{encode_text(v3)}{ev4}{ev5}{ev6}{ev7},"status":{{"groupId":{v8_0}{ev8_1},"id":{v8_2}{ev8_3}{ev8_4}{ev8_5}}}{ev9}{ev10}{ev11}{ev12}{ev13}}}'


def _encode_cursor_page(o: CursorPage) -> str:
    """The canonical JSON of a CursorPage, an item of an array."""
    v0 = o.limit
    ev0 = f'"limit":{v0}' if v0 is not None else ''
    v1 = o.next_cursor
    ev1 = f'"nextCursor":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def encode_v3_message_logs(o: MessageLogsV3) -> bytes:
    """The canonical JSON of a MessageLogsV3."""
    v0 = o.results
    v1 = o.cursor
    ev1 = f',"cursor":{_encode_cursor_page(v1)}' if v1 is not None else ''
    return f'{{"results":[{",".join([_encode_message_log_v3(x) for x in v0])}]{ev1}}}'.encode()


def _encode_inbound_message(o: InboundMessage) -> str:
    """The canonical JSON of a InboundMessage, an item of an array."""
    v0 = o.message_id
    v1 = o.sender
    ev1 = f',"from":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.to
    ev2 = f',"to":{encode_text(v2)}' if v2 is not None else ''
    v3 = o.text
    ev3 = f',"text":{encode_text(v3)}' if v3 is not None else ''
    v4 = o.clean_text
    ev4 = f',"cleanText":{encode_text(v4)}' if v4 is not None else ''
    v5 = o.keyword
    ev5 = f',"keyword":{encode_text(v5)}' if v5 is not None else ''
    v6 = o.received_at
    ev6 = f',"receivedAt":"{timestamp_text(v6)}"' if v6 is not None else ''
    v7 = o.sms_count
    ev7 = f',"smsCount":{v7}' if v7 is not None else ''
    v8 = o.price
    ev8 = f',"price":{_encode_price(v8)}' if v8 is not None else ''
    v9 = o.callback_data
    ev9 = f',"callbackData":{encode_text(v9)}' if v9 is not None else ''
    v10 = o.application_id
    ev10 = f',"applicationId":{encode_text(v10)}' if v10 is not None else ''
    v11 = o.entity_id
    ev11 = f',"entityId":{encode_text(v11)}' if v11 is not None else ''
    v12 = o.campaign_reference_id
    ev12 = f',"campaignReferenceId":{encode_text(v12)}' if v12 is not None else ''
    return f'{{"messageId":{encode_text(v0)}{ev1}{ev2}{ev3}{ev4}{ev5}{ev6}{ev7}{ev8}{ev9}{ev10}{ev11}{ev12}}}'


def encode_inbound_messages(o: InboundMessages) -> bytes:
    """The canonical JSON of a InboundMessages."""
    v0 = o.results
    v1 = o.message_count
    ev1 = f',"messageCount":{v1}' if v1 is not None else ''
    v2 = o.pending_message_count
    ev2 = f',"pendingMessageCount":{v2}' if v2 is not None else ''
    return f'{{"results":[{",".join([_encode_inbound_message(x) for x in v0])}]{ev1}{ev2}}}'.encode()


def _encode_recipient_info(o: RecipientInfo) -> str:
    """The canonical JSON of a RecipientInfo, an item of an array."""
    v0 = o.device_type
    ev0 = f'"deviceType":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.os
    ev1 = f'"os":{encode_text(v1)}' if v1 is not None else ''
    v2 = o.device_name
    ev2 = f'"deviceName":{encode_text(v2)}' if v2 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1, ev2,)))}}}'


def _encode_geo_location(o: GeoLocation) -> str:
    """The canonical JSON of a GeoLocation, an item of an array."""
    v0 = o.country_name
    ev0 = f'"countryName":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.city
    ev1 = f'"city":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'


def encode_tracking_notification(o: TrackingNotification) -> bytes:
    """The canonical JSON of a TrackingNotification."""
    v0 = o.notification_type
    ev0 = f'"notificationType":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.recipient
    ev1 = f'"recipient":{encode_text(v1)},' if v1 is not None else ''
    v2 = o.url
    ev2 = f'"url":{encode_text(v2)},' if v2 is not None else ''
    v3 = o.send_date_time
    ev3 = f'"sendDateTime":{v3},' if v3 is not None else ''
    v4 = o.message_id
    v5 = o.bulk_id
    ev5 = f',"bulkId":{encode_text(v5)}' if v5 is not None else ''
    v6 = o.callback_data
    ev6 = f',"callbackData":{encode_text(v6)}' if v6 is not None else ''
    v7 = o.recipient_info
    ev7 = f',"recipientInfo":{_encode_recipient_info(v7)}' if v7 is not None else ''
    v8 = o.geo_location_info
    ev8 = f',"geoLocationInfo":{_encode_geo_location(v8)}' if v8 is not None else ''
    v9 = o.application_id
    ev9 = f',"applicationId":{encode_text(v9)}' if v9 is not None else ''
    v10 = o.entity_id
    ev10 = f',"entityId":{encode_text(v10)}' if v10 is not None else ''
    return f'{{{ev0}{ev1}{ev2}{ev3}"messageId":{encode_text(v4)}{ev5}{ev6}{ev7}{ev8}{ev9}{ev10}}}'.encode()


#: Model class to its decoder (see smscodec._fastpath).
DECODERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: decode_text_multi_request,
    BinaryMultiRequest: decode_binary_multi_request,
    TextSingleRequest: decode_text_single_request,
    BinarySingleRequest: decode_binary_single_request,
    SmsResponse: decode_sms_response,
    RequestError: decode_request_error,
    BulkSchedule: decode_bulk_schedule,
    BulkRescheduleRequest: decode_bulk_reschedule_request,
    BulkStatus: decode_bulk_status,
    BulkStatusUpdateRequest: decode_bulk_status_update_request,
    MessagesRequest: decode_v3_messages_request,
    MessagesResponse: decode_v3_messages_response,
    ApiError: decode_api_error,
    TextAdvancedRequest: decode_text_advanced_request,
    BinaryAdvancedRequest: decode_binary_advanced_request,
    PreviewRequest: decode_preview_request,
    PreviewResponse: decode_preview_response,
    DeliveryReports: decode_delivery_reports,
    DeliveryReportsV3: decode_v3_delivery_reports,
    MessageLogs: decode_message_logs,
    MessageLogsV3: decode_v3_message_logs,
    InboundMessages: decode_inbound_messages,
    TrackingNotification: decode_tracking_notification,
}
#: Model class to its checker (see smscodec._fastpath).
CHECKERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: check_text_multi_request,
    BinaryMultiRequest: check_binary_multi_request,
    TextSingleRequest: check_text_single_request,
    BinarySingleRequest: check_binary_single_request,
    BulkRescheduleRequest: check_bulk_reschedule_request,
    BulkStatusUpdateRequest: check_bulk_status_update_request,
    MessagesRequest: check_v3_messages_request,
    TextAdvancedRequest: check_text_advanced_request,
    BinaryAdvancedRequest: check_binary_advanced_request,
    PreviewRequest: check_preview_request,
}
#: Model class to its encoder (see smscodec._fastpath).
ENCODERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: encode_text_multi_request,
    BinaryMultiRequest: encode_binary_multi_request,
    TextSingleRequest: encode_text_single_request,
    BinarySingleRequest: encode_binary_single_request,
    SmsResponse: encode_sms_response,
    RequestError: encode_request_error,
    BulkSchedule: encode_bulk_schedule,
    BulkRescheduleRequest: encode_bulk_reschedule_request,
    BulkStatus: encode_bulk_status,
    BulkStatusUpdateRequest: encode_bulk_status_update_request,
    MessagesRequest: encode_v3_messages_request,
    MessagesResponse: encode_v3_messages_response,
    ApiError: encode_api_error,
    TextAdvancedRequest: encode_text_advanced_request,
    BinaryAdvancedRequest: encode_binary_advanced_request,
    PreviewRequest: encode_preview_request,
    PreviewResponse: encode_preview_response,
    DeliveryReports: encode_delivery_reports,
    DeliveryReportsV3: encode_v3_delivery_reports,
    MessageLogs: encode_message_logs,
    MessageLogsV3: encode_v3_message_logs,
    InboundMessages: encode_inbound_messages,
    TrackingNotification: encode_tracking_notification,
}
