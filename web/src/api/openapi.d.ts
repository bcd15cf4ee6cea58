/**
 * Generated from the server's OpenAPI document by `npm run api:types` (scripts/api-types.ts).
 * Do not edit: change the route's schema in server/ (or shared/api/) and run the script again.
 */
export interface paths {
  '/api/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the audit log, newest first, with filters; total counts every matching entry */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorUserId?: number;
          from?: string;
          limit?: number;
          offset?: number;
          organisationId?: number;
          roundId?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                action: string;
                actor: {
                  email: string | null;
                  id: number;
                } | null;
                at: string;
                details: {
                  [key: string]: unknown;
                };
                id: number;
                ip: string | null;
                organisation: {
                  id: number;
                  name: string | null;
                } | null;
                roundId: number | null;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a region, kommunalförbund or bolag */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: email */
            contactEmail?: string | null;
            countyCode?: string | null;
            name: string;
            parentId?: number | null;
            /** @enum {string} */
            type: 'region' | 'kommunalforbund' | 'bolag';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                code: string;
                contactEmail: string | null;
                countyCode: string | null;
                countyName: string | null;
                id: number;
                name: string;
                parentId: number | null;
                parentName: string | null;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name, county, parent or contact e-mail */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            contactEmail?: string | null;
            countyCode?: string | null;
            name?: string;
            parentId?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                code: string;
                contactEmail: string | null;
                countyCode: string | null;
                countyName: string | null;
                id: number;
                name: string;
                parentId: number | null;
                parentName: string | null;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/admin/organisations/attributes/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import grouping attributes from text/csv (code,attribute,value); all or nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              rows: number;
              unchanged: number;
              updated: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the outbox (every message the app has written), newest first; total counts every matching message */
    get: {
      parameters: {
        query?: {
          kind?: string;
          limit?: number;
          offset?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              messages: {
                attempts: number;
                cancelledAt: string | null;
                createdAt: string;
                error: string | null;
                failedAt: string | null;
                id: number;
                kind: string;
                nextAttemptAt: string | null;
                organisationId: number | null;
                sentAt: string | null;
                /** @enum {string} */
                status: 'queued' | 'sending' | 'sent' | 'retrying' | 'failed' | 'cancelled';
                subject: string;
                text: string;
                to: string;
                userId: number | null;
              }[];
              smtp: boolean;
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a message again: a fresh round of attempts for one given up (failed) or still waiting; not for sent, cancelled or in-flight ones */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: {
                attempts: number;
                cancelledAt: string | null;
                createdAt: string;
                error: string | null;
                failedAt: string | null;
                id: number;
                kind: string;
                nextAttemptAt: string | null;
                organisationId: number | null;
                sentAt: string | null;
                /** @enum {string} */
                status: 'queued' | 'sending' | 'sent' | 'retrying' | 'failed' | 'cancelled';
                subject: string;
                text: string;
                to: string;
                userId: number | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/question-bank/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every bank version, newest first, with the rounds using it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              versions: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                frozenAt: string | null;
                rounds: number[];
                version: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Copy a version to a new, editable version key; new rounds use the newest version by default */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            from: string;
            version: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/question-bank/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version in the bank file format (both languages, scales, scoring rule) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answerLabels: {
                no: {
                  en: string;
                  sv: string;
                };
                yes: {
                  en: string;
                  sv: string;
                };
              };
              areas: {
                description: {
                  en: string;
                  sv: string;
                };
                followup: {
                  question: {
                    en: string;
                    sv: string;
                  };
                  scale: string;
                };
                guidance: {
                  2: {
                    en: string;
                    sv: string;
                  };
                  3: {
                    en: string;
                    sv: string;
                  };
                  4: {
                    en: string;
                    sv: string;
                  };
                };
                key: string;
                mainQuestion: {
                  en: string;
                  sv: string;
                };
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              comment: {
                label: {
                  en: string;
                  sv: string;
                };
                maxLength: number;
              };
              definition: {
                term: {
                  en: string;
                  sv: string;
                };
                text: {
                  en: string;
                  sv: string;
                };
              };
              followupScales: {
                [key: string]: {
                  options: {
                    description?: {
                      en: string;
                      sv: string;
                    };
                    key: string;
                    label: {
                      en: string;
                      sv: string;
                    };
                  }[];
                };
              };
              levels: {
                description: {
                  en: string;
                  sv: string;
                };
                level: 1 | 2 | 3 | 4;
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              scope: {
                en: string;
                sv: string;
              };
              scoring: {
                areas: {
                  [key: string]: {
                    followup: {
                      [key: string]: 1 | 2 | 3 | 4;
                    };
                    no: 1 | 2 | 3 | 4;
                  };
                };
                targetLevel: 1 | 2 | 3 | 4;
              };
              source: {
                en: string;
                sv: string;
              };
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    /** Replace texts, options and scoring rule of a version that is not frozen (409 once a round has opened on it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          version: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answerLabels: {
              no: {
                en: string;
                sv: string;
              };
              yes: {
                en: string;
                sv: string;
              };
            };
            areas: {
              description: {
                en: string;
                sv: string;
              };
              followup: {
                question: {
                  en: string;
                  sv: string;
                };
                scale: string;
              };
              guidance: {
                2: {
                  en: string;
                  sv: string;
                };
                3: {
                  en: string;
                  sv: string;
                };
                4: {
                  en: string;
                  sv: string;
                };
              };
              key: string;
              mainQuestion: {
                en: string;
                sv: string;
              };
              title: {
                en: string;
                sv: string;
              };
            }[];
            comment: {
              label: {
                en: string;
                sv: string;
              };
              maxLength: number;
            };
            definition: {
              term: {
                en: string;
                sv: string;
              };
              text: {
                en: string;
                sv: string;
              };
            };
            followupScales: {
              [key: string]: {
                options: {
                  description?: {
                    en: string;
                    sv: string;
                  };
                  key: string;
                  label: {
                    en: string;
                    sv: string;
                  };
                }[];
              };
            };
            levels: {
              description: {
                en: string;
                sv: string;
              };
              level: 1 | 2 | 3 | 4;
              title: {
                en: string;
                sv: string;
              };
            }[];
            scope: {
              en: string;
              sv: string;
            };
            scoring: {
              areas: {
                [key: string]: {
                  followup: {
                    [key: string]: 1 | 2 | 3 | 4;
                  };
                  no: 1 | 2 | 3 | 4;
                };
              };
              targetLevel: 1 | 2 | 3 | 4;
            };
            source: {
              en: string;
              sv: string;
            };
            version: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a draft round on the newest question bank, or on the named bankVersion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bankVersion?: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            opensAt: string;
            shareComments?: boolean;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              bankVersion: string;
              /** Format: date-time */
              closesAt: string;
              /** Format: date-time */
              opensAt: string;
              shareComments: boolean;
              /** @enum {string} */
              state: 'draft' | 'open' | 'closed' | 'published';
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a round's window (opensAt, closesAt) or comment sharing */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            closesAt?: string;
            /** Format: date-time */
            opensAt?: string;
            shareComments?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              bankVersion: string;
              /** Format: date-time */
              closesAt: string;
              /** Format: date-time */
              opensAt: string;
              shareComments: boolean;
              /** @enum {string} */
              state: 'draft' | 'open' | 'closed' | 'published';
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/admin/rounds/{year}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite organisations (all municipalities, by type/county, or by codes) and mail them a registration link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            selection:
              | {
                  /** @enum {string} */
                  kind: 'municipalities';
                }
              | {
                  county?: string;
                  /** @enum {string} */
                  kind: 'filter';
                  /** @enum {string} */
                  type?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
                }
              | {
                  codes: string[];
                  /** @enum {string} */
                  kind: 'codes';
                };
            /** @default true */
            sendMail?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alreadyInvited: number;
              /** @enum {string} */
              delivery: 'smtp' | 'outbox';
              invited: number;
              mailed: number;
              unknownCodes: string[];
              withoutContact: {
                code: string;
                id: number;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/invitations/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw one organisation's invitation (draft or open round, before it starts answering); its unused registration links stop working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                code: string;
                id: number;
                name: string;
              };
              revokedLinks: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/invitations/{organisationId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail the invitation with a fresh registration link again to the contact address (never within the reminder interval) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            minIntervalHours?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              delivery: 'smtp' | 'outbox';
              intervalHours: number;
              organisation: {
                code: string;
                id: number;
                name: string;
              };
              to: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/monitor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per invited organisation (filtered, searched, one page): status, areas answered, last activity, last reminder; totals and the response rate by day */
    get: {
      parameters: {
        query?: {
          county?: string;
          limit?: number;
          offset?: number;
          q?: string;
          status?: 'not_started' | 'draft' | 'submitted';
          type?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areasTotal: number;
              matching: number;
              organisations: {
                areasAnswered: number;
                code: string;
                contactEmail: string | null;
                countyCode: string | null;
                id: number;
                /** Format: date-time */
                lastActivityAt: string | null;
                lastActivityBy: string | null;
                /** Format: date-time */
                lastReminderAt: string | null;
                name: string;
                respondents: number;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                /** Format: date-time */
                submittedAt: string | null;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              }[];
              timeline: {
                date: string;
                draft: number;
                started: number;
                submitted: number;
              }[];
              totals: {
                draft: number;
                invited: number;
                notStarted: number;
                responseRate: number;
                submitted: number;
              };
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/organisations/{organisationId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen an organisation's submitted response on its request, with a reason for the audit log */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisationId: number;
              /** @enum {string} */
              status: 'draft';
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remind organisations that have not submitted (never twice within the interval); deliveries are recorded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            minIntervalHours?: number;
            note?: string;
            organisationIds?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              delivery: 'smtp' | 'outbox';
              intervalHours: number;
              recipients: {
                addresses: string[];
                code: string;
                id: number;
                name: string;
              }[];
              sent: number;
              skipped: {
                code: string;
                id: number;
                name: string;
                /** @enum {string} */
                reason: 'submitted' | 'recently_reminded' | 'recently_invited' | 'no_address' | 'not_invited';
              }[];
              subject: string;
              text: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/reminders/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Who a reminder would reach now, who is skipped and why, and the message */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            minIntervalHours?: number;
            note?: string;
            organisationIds?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              intervalHours: number;
              recipients: {
                addresses: string[];
                code: string;
                id: number;
                name: string;
              }[];
              skipped: {
                code: string;
                id: number;
                name: string;
                /** @enum {string} */
                reason: 'submitted' | 'recently_reminded' | 'recently_invited' | 'no_address' | 'not_invited';
              }[];
              subject: string;
              text: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/responses/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The response file of a round (docs/interfaces §1): one CSV row per invited organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A CSV file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/responses/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a response file into a round, all or nothing; works in every round state */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: number;
              draft: number;
              invited: number;
              notStarted: number;
              rows: number;
              submitted: number;
              unchanged: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/rounds/{year}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a round: draft → open → closed → published, or closed → open to reopen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            state: 'open' | 'closed' | 'published';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              bankVersion: string;
              /** Format: date-time */
              closesAt: string;
              /** Format: date-time */
              opensAt: string;
              shareComments: boolean;
              /** @enum {string} */
              state: 'draft' | 'open' | 'closed' | 'published';
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users: search by e-mail or name, filter by role or organisation */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          organisationId?: number;
          role?: 'respondent' | 'viewer' | 'analyst' | 'admin';
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              total: number;
              users: {
                createdAt: string;
                disabledAt: string | null;
                email: string;
                hasPassword: boolean;
                id: number;
                lastLoginAt: string | null;
                name: string;
                pendingInvitationExpiresAt: string | null;
                roles: {
                  id: number;
                  organisationId: number | null;
                  organisationName: string | null;
                  /** @enum {string} */
                  role: 'respondent' | 'viewer' | 'analyst' | 'admin';
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user with roles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                createdAt: string;
                disabledAt: string | null;
                email: string;
                hasPassword: boolean;
                id: number;
                lastLoginAt: string | null;
                name: string;
                pendingInvitationExpiresAt: string | null;
                roles: {
                  id: number;
                  organisationId: number | null;
                  organisationName: string | null;
                  /** @enum {string} */
                  role: 'respondent' | 'viewer' | 'analyst' | 'admin';
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable an account and end its sessions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a role */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisationId?: number | null;
            /** @enum {string} */
            role: 'respondent' | 'viewer' | 'analyst' | 'admin';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              role: {
                id: number;
                organisationId: number | null;
                organisationName: string | null;
                /** @enum {string} */
                role: 'respondent' | 'viewer' | 'analyst' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/roles/{roleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a role */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          roleId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a person by e-mail to roles; the roles are granted when the person accepts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name?: string;
            roles: {
              organisationId?: number | null;
              /** @enum {string} */
              role: 'respondent' | 'viewer' | 'analyst' | 'admin';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              /** @enum {string} */
              outcome: 'invited' | 'acceptance_requested';
              userId: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: set name and password with the token from the mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            password: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/accept-with-account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation sent to your own account: its roles are added */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation link offers: the invited address, the roles, and whether to log in or choose a password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              hasAccount: boolean;
              roles: {
                organisationName: string | null;
                /** @enum {string} */
                role: 'respondent' | 'viewer' | 'analyst' | 'admin';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in; answers with a session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                email: string;
                id: number;
                name: string;
                roles: {
                  organisationId: number | null;
                  organisationName: string | null;
                  /** @enum {string} */
                  role: 'respondent' | 'viewer' | 'analyst' | 'admin';
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user and roles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                email: string;
                id: number;
                name: string;
                roles: {
                  organisationId: number | null;
                  organisationName: string | null;
                  /** @enum {string} */
                  role: 'respondent' | 'viewer' | 'analyst' | 'admin';
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change password; ends every other session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the token from the mail; ends every session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail a password reset link if the account exists; always 202 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessions/revoke-others': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log out everywhere else: ends every session of the user except this one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/counties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The counties (län) by code and name, ordered by code */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counties: {
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the API and its database are reachable */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'reachable' | 'unreachable';
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'reachable' | 'unreachable';
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Survey rounds of the caller's organisations, with each response's status and the deadline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rounds: {
                acceptingAnswers: boolean;
                answeredAreas: number;
                canWrite: boolean;
                /** Format: date-time */
                closesAt: string;
                invited: boolean;
                /** Format: date-time */
                opensAt: string;
                organisation: {
                  code: string;
                  id: number;
                  name: string;
                };
                /** @enum {string} */
                roundState: 'draft' | 'open' | 'closed' | 'published';
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                /** Format: date-time */
                submittedAt: string | null;
                totalAreas: number;
                unconfirmedAreas: number;
                year: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations: all for analysts and administrators, otherwise your own */
    get: {
      parameters: {
        query?: {
          county?: string;
          limit?: number;
          offset?: number;
          search?: string;
          type?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisations: {
                code: string;
                contactEmail: string | null;
                countyCode: string | null;
                countyName: string | null;
                id: number;
                name: string;
                parentId: number | null;
                parentName: string | null;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                code: string;
                contactEmail: string | null;
                countyCode: string | null;
                countyName: string | null;
                id: number;
                name: string;
                parentId: number | null;
                parentName: string | null;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s action plan: actions per area with their follow-ups */
    get: {
      parameters: {
        query?: {
          area?: string;
          year?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                areaKey: string;
                /** Format: date-time */
                createdAt: string;
                dueOn: string | null;
                evidence: string;
                followUps: {
                  comment: string;
                  /** @enum {string} */
                  outcome: 'yes' | 'partly' | 'no';
                  /** Format: date-time */
                  recordedAt: string;
                  recordedBy: string | null;
                  roundYear: number;
                }[];
                guidanceTargetLevel: number | null;
                id: number;
                organisationId: number;
                /** @enum {string} */
                origin: 'guidance' | 'own';
                plannedInYear: number;
                responsible: string;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done' | 'stopped';
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
              }[];
              canEdit: boolean;
              organisationId: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Add an action to the plan, from the guidance "till nivå N" or one’s own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaKey: string;
            /**
             * Format: date
             * @default null
             */
            dueOn?: string | null;
            /** @default  */
            evidence?: string;
            /** @default null */
            guidanceTargetLevel?: number | null;
            plannedInYear: number;
            /** @default  */
            responsible?: string;
            /**
             * @default planned
             * @enum {string}
             */
            status?: 'planned' | 'in_progress' | 'done' | 'stopped';
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areaKey: string;
              /** Format: date-time */
              createdAt: string;
              dueOn: string | null;
              evidence: string;
              followUps: {
                comment: string;
                /** @enum {string} */
                outcome: 'yes' | 'partly' | 'no';
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string | null;
                roundYear: number;
              }[];
              guidanceTargetLevel: number | null;
              id: number;
              organisationId: number;
              /** @enum {string} */
              origin: 'guidance' | 'own';
              plannedInYear: number;
              responsible: string;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'done' | 'stopped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an action on the version it was loaded at (409 version_conflict when stale) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          actionId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            dueOn: string | null;
            evidence: string;
            responsible: string;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'done' | 'stopped';
            title: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areaKey: string;
              /** Format: date-time */
              createdAt: string;
              dueOn: string | null;
              evidence: string;
              followUps: {
                comment: string;
                /** @enum {string} */
                outcome: 'yes' | 'partly' | 'no';
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string | null;
                roundYear: number;
              }[];
              guidanceTargetLevel: number | null;
              id: number;
              organisationId: number;
              /** @enum {string} */
              origin: 'guidance' | 'own';
              plannedInYear: number;
              responsible: string;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'done' | 'stopped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Remove an action at the version it was loaded at (409 version_conflict when stale) */
    delete: {
      parameters: {
        query: {
          version: number;
        };
        header?: never;
        path: {
          actionId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/actions/{actionId}/follow-ups/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark an earlier action ja / delvis / nej while answering the round of that year (only while it is open) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          actionId: number;
          id: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            comment?: string;
            /** @enum {string} */
            outcome: 'yes' | 'partly' | 'no';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areaKey: string;
              /** Format: date-time */
              createdAt: string;
              dueOn: string | null;
              evidence: string;
              followUps: {
                comment: string;
                /** @enum {string} */
                outcome: 'yes' | 'partly' | 'no';
                /** Format: date-time */
                recordedAt: string;
                recordedBy: string | null;
                roundYear: number;
              }[];
              guidanceTargetLevel: number | null;
              id: number;
              organisationId: number;
              /** @enum {string} */
              origin: 'guidance' | 'own';
              plannedInYear: number;
              responsible: string;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'done' | 'stopped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Grouping attributes of an organisation (kommungrupp, population class…) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                attribute: string;
                value: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a colleague to your own organisation as respondent or viewer; the same answer for every address, the role comes when they accept */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name?: string;
            /** @enum {string} */
            role: 'respondent' | 'viewer';
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              delivery: 'smtp' | 'outbox';
              email: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation’s levels, next steps, comparisons with peer groups and year-over-year history */
    get: {
      parameters: {
        query?: {
          groupBy?: string;
          lang?: 'sv' | 'en';
          year?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                comparison: ({
                  1: number;
                  2: number;
                  3: number;
                  4: number;
                } | null)[];
                comparisonReasons: ('small_group' | 'differencing' | 'open_round' | null)[];
                followup: string | null;
                followupLabel: string | null;
                key: string;
                level: number | null;
                /** @enum {string|null} */
                main: 'yes' | 'no' | null;
                nextStep: {
                  text: string;
                  toLevel: number;
                } | null;
                title: string;
              }[];
              availableYears: number[];
              bankVersion: string;
              comparisons: {
                attribute: string | null;
                counted: number | null;
                /** @enum {string} */
                kind: 'national' | 'county' | 'attribute';
                name: string | null;
                suppressed: boolean;
                /** @enum {string|null} */
                suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
              }[];
              history: {
                bankChanged: boolean;
                bankVersion: string;
                levels: {
                  [key: string]: number | null;
                };
                /** @enum {string} */
                status: 'submitted' | 'draft';
                summary: {
                  areas: number;
                  atOrAboveTarget: number;
                  medianLevel: number | null;
                  scored: number;
                  targetLevel: number;
                };
                year: number;
              }[];
              isDraft: boolean;
              levelTexts: {
                description: string;
                level: number;
                title: string;
              }[];
              organisation: {
                code: string;
                countyName: string | null;
                id: number;
                name: string;
                /** @enum {string} */
                type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
              };
              roundState: string;
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted';
              /** Format: date-time */
              submittedAt: string | null;
              summary: {
                areas: number;
                atOrAboveTarget: number;
                medianLevel: number | null;
                scored: number;
                targetLevel: number;
              };
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registrations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Become the organisation's respondent: logged in, the role is added; otherwise an account is created */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            account?: {
              /** Format: email */
              email: string;
              name: string;
              password: string;
            };
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisationName: string;
              /** @enum {string} */
              outcome: 'registered' | 'role_added';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registrations/inspect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Which organisation and round a registration link is for (the token in the body, not the URL) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              expiresAt: string;
              organisationName: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/filter-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filter values that exist (counties, organisation types, attributes and their values), for choosing rather than typing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                name: string;
                values: string[];
              }[];
              counties: {
                code: string;
                name: string;
              }[];
              orgTypes: ('kommun' | 'region' | 'kommunalforbund' | 'bolag')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per round and area: answered, yes and level distribution, each round scored by its own rule */
    get: {
      parameters: {
        query?: {
          attribute?: string;
          county?: string;
          include?: 'drafts';
          orgType?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
          value?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              years: {
                areas: {
                  answered: number | null;
                  key: string;
                  levels: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                  } | null;
                  suppressed: boolean;
                  /** @enum {string|null} */
                  suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
                  yes: number | null;
                }[];
                bankVersion: string;
                counted: number | null;
                invited: number;
                suppressed: boolean;
                /** @enum {string|null} */
                suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
                year: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Survey rounds the caller may see, newest first (drafts only for administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rounds: {
                acceptingAnswers: boolean;
                bankVersion: string;
                /** Format: date-time */
                closesAt: string;
                /** Format: date-time */
                opensAt: string;
                shareComments: boolean;
                /** @enum {string} */
                state: 'draft' | 'open' | 'closed' | 'published';
                year: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/aggregates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts per area for a round (docs/interfaces §2) under disclosure control (§6): withheld figures are null with suppressedReason */
    get: {
      parameters: {
        query?: {
          attribute?: string;
          county?: string;
          include?: 'drafts';
          orgType?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
          value?: string;
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                answered: number | null;
                followup: {
                  [key: string]: number;
                } | null;
                key: string;
                levels: {
                  1: number;
                  2: number;
                  3: number;
                  4: number;
                } | null;
                no: number | null;
                suppressed: boolean;
                /** @enum {string|null} */
                suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
                yes: number | null;
              }[];
              invited: number;
              responses: {
                draft: number;
                notStarted: number;
                submitted: number;
              } | null;
              suppressed: boolean;
              /** @enum {string|null} */
              suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/aggregates/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The aggregates as CSV (long format) or XLSX, suppressed like the API; audit-logged */
    get: {
      parameters: {
        query?: {
          attribute?: string;
          county?: string;
          format?: 'csv' | 'xlsx';
          include?: 'drafts';
          lang?: 'sv' | 'en';
          orgType?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
          value?: string;
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A CSV file or an Excel workbook, by `format` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/crosstab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cross-tabulation of two areas’ main answers, over organisations that answered both */
    get: {
      parameters: {
        query: {
          a: string;
          attribute?: string;
          b: string;
          county?: string;
          include?: 'drafts';
          orgType?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
          value?: string;
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              a: string;
              b: string;
              cells: {
                'no|no': number;
                'no|yes': number;
                'yes|no': number;
                'yes|yes': number;
              } | null;
              suppressed: boolean;
              /** @enum {string|null} */
              suppressedReason: 'small_group' | 'differencing' | 'open_round' | null;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/improvement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per area: share of organisations with an action plan and share of last round’s actions done (closed rounds only) */
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                actionsDone: {
                  organisations: number | null;
                  share: number | null;
                  /** @enum {string|null} */
                  suppressed: 'small_group' | 'open_round' | 'no_snapshot' | null;
                };
                key: string;
                title: string;
                withPlan: {
                  organisations: number | null;
                  share: number | null;
                  /** @enum {string|null} */
                  suppressed: 'small_group' | 'open_round' | 'no_snapshot' | null;
                };
              }[];
              /** Format: date-time */
              takenAt: string | null;
              threshold: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's response to a round: answers by area, status, version, submissions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              answers: {
                [key: string]: {
                  carriedOver: boolean;
                  comment: string | null;
                  followup: string | null;
                  /** @enum {string|null} */
                  main: 'yes' | 'no' | null;
                  /** Format: date-time */
                  updatedAt: string;
                  updatedBy: {
                    id: number;
                    name: string;
                  } | null;
                };
              };
              canWrite: boolean;
              carryOverFromYear: number | null;
              /** Format: date-time */
              closesAt: string;
              invited: boolean;
              /** Format: date-time */
              opensAt: string;
              organisation: {
                code: string;
                id: number;
                name: string;
              };
              /** @enum {string} */
              roundState: 'draft' | 'open' | 'closed' | 'published';
              scoringRule: {
                areas: {
                  [key: string]: {
                    followup: {
                      [key: string]: 1 | 2 | 3 | 4;
                    };
                    no: 1 | 2 | 3 | 4;
                  };
                };
                targetLevel: 1 | 2 | 3 | 4;
              };
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted';
              submissions: {
                id: number;
                /** Format: date-time */
                submittedAt: string;
                submittedBy: {
                  id: number;
                  name: string;
                } | null;
              }[];
              /** Format: date-time */
              submittedAt: string | null;
              submittedBy: {
                id: number;
                name: string;
              } | null;
              /** Format: date-time */
              updatedAt: string | null;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response/areas/{areaKey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save one area's answer on the response version it was made on (409 when stale) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          areaKey: string;
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment: string | null;
            confirmCarriedOver?: boolean;
            followup: string | null;
            /** @enum {string|null} */
            main: 'yes' | 'no' | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answer: {
                carriedOver: boolean;
                comment: string | null;
                followup: string | null;
                /** @enum {string|null} */
                main: 'yes' | 'no' | null;
                /** Format: date-time */
                updatedAt: string;
                updatedBy: {
                  id: number;
                  name: string;
                } | null;
              };
              areaKey: string;
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted';
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response/carry-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fill the unanswered areas with the previous round's answers, marked as carried over */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              copiedAreas: string[];
              fromYear: number;
              response: {
                acceptingAnswers: boolean;
                answers: {
                  [key: string]: {
                    carriedOver: boolean;
                    comment: string | null;
                    followup: string | null;
                    /** @enum {string|null} */
                    main: 'yes' | 'no' | null;
                    /** Format: date-time */
                    updatedAt: string;
                    updatedBy: {
                      id: number;
                      name: string;
                    } | null;
                  };
                };
                canWrite: boolean;
                carryOverFromYear: number | null;
                /** Format: date-time */
                closesAt: string;
                invited: boolean;
                /** Format: date-time */
                opensAt: string;
                organisation: {
                  code: string;
                  id: number;
                  name: string;
                };
                /** @enum {string} */
                roundState: 'draft' | 'open' | 'closed' | 'published';
                scoringRule: {
                  areas: {
                    [key: string]: {
                      followup: {
                        [key: string]: 1 | 2 | 3 | 4;
                      };
                      no: 1 | 2 | 3 | 4;
                    };
                  };
                  targetLevel: 1 | 2 | 3 | 4;
                };
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submissions: {
                  id: number;
                  /** Format: date-time */
                  submittedAt: string;
                  submittedBy: {
                    id: number;
                    name: string;
                  } | null;
                }[];
                /** Format: date-time */
                submittedAt: string | null;
                submittedBy: {
                  id: number;
                  name: string;
                } | null;
                /** Format: date-time */
                updatedAt: string | null;
                version: number;
                year: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who submitted and reopened an organisation's response, and when (newest first); the organisation's own people only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: {
                /** Format: date-time */
                at: string;
                by: {
                  id: number;
                  name: string;
                } | null;
                byAdministrator: boolean;
                /** @enum {string} */
                kind: 'submitted' | 'reopened';
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a submitted response for changes while the round is open */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              answers: {
                [key: string]: {
                  carriedOver: boolean;
                  comment: string | null;
                  followup: string | null;
                  /** @enum {string|null} */
                  main: 'yes' | 'no' | null;
                  /** Format: date-time */
                  updatedAt: string;
                  updatedBy: {
                    id: number;
                    name: string;
                  } | null;
                };
              };
              canWrite: boolean;
              carryOverFromYear: number | null;
              /** Format: date-time */
              closesAt: string;
              invited: boolean;
              /** Format: date-time */
              opensAt: string;
              organisation: {
                code: string;
                id: number;
                name: string;
              };
              /** @enum {string} */
              roundState: 'draft' | 'open' | 'closed' | 'published';
              scoringRule: {
                areas: {
                  [key: string]: {
                    followup: {
                      [key: string]: 1 | 2 | 3 | 4;
                    };
                    no: 1 | 2 | 3 | 4;
                  };
                };
                targetLevel: 1 | 2 | 3 | 4;
              };
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted';
              submissions: {
                id: number;
                /** Format: date-time */
                submittedAt: string;
                submittedBy: {
                  id: number;
                  name: string;
                } | null;
              }[];
              /** Format: date-time */
              submittedAt: string | null;
              submittedBy: {
                id: number;
                name: string;
              } | null;
              /** Format: date-time */
              updatedAt: string | null;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/organisations/{organisationId}/response/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the response as it stands at the given version; every submission is kept */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptingAnswers: boolean;
              answers: {
                [key: string]: {
                  carriedOver: boolean;
                  comment: string | null;
                  followup: string | null;
                  /** @enum {string|null} */
                  main: 'yes' | 'no' | null;
                  /** Format: date-time */
                  updatedAt: string;
                  updatedBy: {
                    id: number;
                    name: string;
                  } | null;
                };
              };
              canWrite: boolean;
              carryOverFromYear: number | null;
              /** Format: date-time */
              closesAt: string;
              invited: boolean;
              /** Format: date-time */
              opensAt: string;
              organisation: {
                code: string;
                id: number;
                name: string;
              };
              /** @enum {string} */
              roundState: 'draft' | 'open' | 'closed' | 'published';
              scoringRule: {
                areas: {
                  [key: string]: {
                    followup: {
                      [key: string]: 1 | 2 | 3 | 4;
                    };
                    no: 1 | 2 | 3 | 4;
                  };
                };
                targetLevel: 1 | 2 | 3 | 4;
              };
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted';
              submissions: {
                id: number;
                /** Format: date-time */
                submittedAt: string;
                submittedBy: {
                  id: number;
                  name: string;
                } | null;
              }[];
              /** Format: date-time */
              submittedAt: string | null;
              submittedBy: {
                id: number;
                name: string;
              } | null;
              /** Format: date-time */
              updatedAt: string | null;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The question bank of a round in the caller's language (sv by default) */
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answerLabels: {
                no: string;
                yes: string;
              };
              areas: {
                description: string;
                followup: {
                  options: {
                    description: string | null;
                    key: string;
                    label: string;
                    rank: number;
                  }[];
                  question: string;
                };
                guidance: {
                  text: string;
                  toLevel: 1 | 2 | 3 | 4;
                }[];
                key: string;
                mainQuestion: string;
                position: number;
                title: string;
              }[];
              bankVersion: string;
              comment: {
                label: string;
                maxLength: number;
              };
              definition: {
                term: string;
                text: string;
              };
              /** @enum {string} */
              lang: 'sv' | 'en';
              levels: {
                description: string;
                level: 1 | 2 | 3 | 4;
                title: string;
              }[];
              scope: string;
              source: string;
              targetLevel: 1 | 2 | 3 | 4;
              year: number;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rounds/{year}/response-status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every invited organisation with its response status, for follow-up calls */
    get: {
      parameters: {
        query?: {
          county?: string;
          orgType?: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
          status?: 'not_started' | 'draft' | 'submitted';
        };
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: number;
              organisations: {
                areasAnswered: number;
                code: string;
                countyCode: string | null;
                countyName: string | null;
                id: number;
                /** Format: date-time */
                lastActivityAt: string | null;
                name: string;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                /** Format: date-time */
                submittedAt: string | null;
              }[];
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @enum {string} */
                code:
                  | 'bad_request'
                  | 'validation_failed'
                  | 'invalid_value'
                  | 'csv_rejected'
                  | 'file_not_decodable'
                  | 'invitation_needs_login'
                  | 'token_invalid'
                  | 'token_expired'
                  | 'token_used'
                  | 'token_withdrawn'
                  | 'unauthorized'
                  | 'invalid_credentials'
                  | 'forbidden'
                  | 'invitation_for_another_account'
                  | 'not_found'
                  | 'no_results'
                  | 'already_exists'
                  | 'still_referenced'
                  | 'round_exists'
                  | 'no_question_bank'
                  | 'round_state_unchanged'
                  | 'round_transition_not_allowed'
                  | 'round_published'
                  | 'round_closed'
                  | 'round_not_open'
                  | 'reminders_need_open_round'
                  | 'organisation_code_exists'
                  | 'bank_version_exists'
                  | 'bank_version_frozen'
                  | 'role_already_held'
                  | 'own_admin_role'
                  | 'own_account'
                  | 'account_disabled'
                  | 'account_exists'
                  | 'not_invited'
                  | 'invitation_answered'
                  | 'recently_mailed'
                  | 'no_contact_address'
                  | 'mail_not_configured'
                  | 'mail_not_retryable'
                  | 'response_submitted'
                  | 'response_not_submitted'
                  | 'response_empty'
                  | 'version_conflict'
                  | 'unconfirmed_answers'
                  | 'no_previous_answers'
                  | 'payload_too_large'
                  | 'unsupported_media_type'
                  | 'too_many_attempts'
                  | 'rate_limited'
                  | 'internal_error'
                  | 'database_unavailable'
                  | 'database_timeout';
                details?: unknown;
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
